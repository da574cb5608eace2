package io.agentstore.cli;

import static io.agentstore.cli.DemoChat.obj;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample workflow runs {@code agentstore demo} writes: three workflows (order refunds,
 * trip booking, code review) with runs in every common state, as Mastra snapshots
 * ({@code runId}, {@code status}, {@code context} with one entry per step, {@code
 * serializedStepGraph}, {@code suspendedPaths}, …).
 */
final class DemoWorkflows {
    static final String REFUND = "order-refund";
    static final String TRIP = "trip-booking";
    static final String REVIEW = "code-review";

    /** One run to persist. */
    record Run(String workflowName, String runId, String resourceId, String status, String snapshotJson) {
    }

    private DemoWorkflows() {
    }

    static List<Run> runs(Instant now) {
        List<String> refundSteps = List.of("fetch-order", "check-eligibility", "approve-refund", "issue-refund", "notify-customer");
        List<String> tripSteps = List.of("search-flights", "hold-hotel", "confirm-price", "book-flight", "send-itinerary");
        List<String> reviewSteps = List.of("fetch-diff", "run-tests", "analyze", "post-review");
        Map<String, Object> order4821 = obj("orderId", "4821", "reason", "carrier delay", "amount", 9.90, "currency", "EUR");
        Map<String, Object> order5170 = obj("orderId", "5170", "reason", "arrived damaged", "amount", 249.00, "currency", "EUR");
        Map<String, Object> order5302 = obj("orderId", "5302", "reason", "wrong size", "amount", 64.50, "currency", "EUR");
        Map<String, Object> lisbon = obj("travellerId", DemoMemory.GRACE, "flightOfferId", "TP-AMS-LIS-187", "hotelOfferId", "CDL-142-3N");
        Map<String, Object> porto = obj("travellerId", DemoMemory.GRACE, "flightOfferId", "KL-AMS-OPO-143", "hotelOfferId", "PAL-98-2N");

        return List.of(
                new Snapshot(REFUND, "demo-run-refund-4821", DemoMemory.ADA, now.minus(Duration.ofDays(3)), refundSteps, order4821)
                        .success("fetch-order", obj("orderId", "4821", "paid", 138.90, "paymentMethod", "visa-4242"))
                        .success("check-eligibility", obj("eligible", true, "autoApprove", true, "limit", 100))
                        .success("approve-refund", obj("approvedBy", "auto"))
                        .success("issue-refund", obj("refundId", "rf_7Q2KD", "status", "approved"))
                        .success("notify-customer", obj("channel", "email", "sent", true))
                        .finish("success"),
                new Snapshot(REFUND, "demo-run-refund-5170", DemoMemory.ADA, now.minus(Duration.ofHours(20)), refundSteps, order5170)
                        .success("fetch-order", obj("orderId", "5170", "paid", 249.00, "paymentMethod", "visa-4242"))
                        .success("check-eligibility", obj("eligible", true, "autoApprove", false, "limit", 100))
                        .suspend("approve-refund", obj("reason", "amount above the €100 auto-approval limit",
                                "approverGroup", "support-leads", "photosAttached", 2))
                        .finish("suspended"),
                new Snapshot(REFUND, "demo-run-refund-5302", DemoMemory.GRACE, now.minus(Duration.ofDays(2)), refundSteps, order5302)
                        .success("fetch-order", obj("orderId", "5302", "paid", 64.50, "paymentMethod", "mastercard-5100"))
                        .success("check-eligibility", obj("eligible", true, "autoApprove", true, "limit", 100))
                        .success("approve-refund", obj("approvedBy", "auto"))
                        .fail("issue-refund", "Payment provider declined the refund: card_expired (mastercard-5100)")
                        .finish("failed"),
                new Snapshot(TRIP, "demo-run-trip-lisbon", DemoMemory.GRACE, now.minus(Duration.ofDays(5)).plus(Duration.ofHours(19)),
                        tripSteps, lisbon)
                        .success("search-flights", obj("offerId", "TP-AMS-LIS-187", "price", 187, "currency", "EUR"))
                        .success("hold-hotel", obj("holdId", "CDL-H-55120", "expiresInHours", 24))
                        .success("confirm-price", obj("confirmed", true, "total", 613))
                        .running("book-flight")
                        .finish("running"),
                new Snapshot(TRIP, "demo-run-trip-porto", DemoMemory.GRACE, now.minus(Duration.ofDays(9)), tripSteps, porto)
                        .success("search-flights", obj("offerId", "KL-AMS-OPO-143", "price", 143, "currency", "EUR"))
                        .success("hold-hotel", obj("holdId", "PAL-H-20931", "expiresInHours", 24))
                        .suspend("confirm-price", obj("message", "The fare went up from €143 to €171. Continue?",
                                "oldPrice", 143, "newPrice", 171))
                        .finish("suspended"),
                new Snapshot(REVIEW, "demo-run-review-1287", DemoMemory.LINUS, now.minus(Duration.ofHours(6)), reviewSteps,
                        obj("repo", "acme/payments", "pullRequest", 1287))
                        .success("fetch-diff", obj("files", 3, "additions", 84, "deletions", 12))
                        .success("run-tests", obj("passed", 413, "failed", 0))
                        .success("analyze", obj("findings", 2, "blocking", 0))
                        .success("post-review", obj("reviewId", "PRR_kwDOJ1287", "state", "APPROVED"))
                        .finish("success"),
                new Snapshot(REVIEW, "demo-run-review-1279", DemoMemory.LINUS, now.minus(Duration.ofDays(1)), reviewSteps,
                        obj("repo", "acme/ledger", "pullRequest", 1279))
                        .fail("fetch-diff", "GitHub API rate limit exceeded (5000/h); retry after 14:05 UTC")
                        .finish("failed"));
    }

    /** Builds one Mastra snapshot step by step; the steps' times advance from the run's start. */
    private static final class Snapshot {
        private final String workflowName;
        private final String runId;
        private final String resourceId;
        private final List<String> graph;
        private final Map<String, Object> context = new LinkedHashMap<>();
        private final Map<String, Object> suspendedPaths = new LinkedHashMap<>();
        private final List<Integer> activePaths = new ArrayList<>();
        private Object result;
        private String error;
        private Object lastOutput;
        private long clock;

        Snapshot(String workflowName, String runId, String resourceId, Instant start, List<String> graph, Map<String, Object> input) {
            this.workflowName = workflowName;
            this.runId = runId;
            this.resourceId = resourceId;
            this.graph = graph;
            this.clock = start.toEpochMilli();
            this.lastOutput = input;
            context.put("input", input);
        }

        Snapshot success(String step, Map<String, Object> output) {
            long started = tick(1_200);
            context.put(step, obj("status", "success", "payload", lastOutput, "output", output,
                    "startedAt", started, "endedAt", tick(2_300)));
            lastOutput = output;
            result = output;
            return this;
        }

        Snapshot suspend(String step, Map<String, Object> suspendPayload) {
            long started = tick(900);
            context.put(step, obj("status", "suspended", "payload", lastOutput, "suspendPayload", suspendPayload,
                    "startedAt", started, "suspendedAt", tick(150)));
            suspendedPaths.put(step, List.of(graph.indexOf(step)));
            return this;
        }

        Snapshot fail(String step, String message) {
            long started = tick(1_000);
            context.put(step, obj("status", "failed", "payload", lastOutput, "error", message,
                    "startedAt", started, "endedAt", tick(4_100)));
            error = message;
            return this;
        }

        Snapshot running(String step) {
            context.put(step, obj("status", "running", "payload", lastOutput, "startedAt", tick(700)));
            activePaths.add(graph.indexOf(step));
            return this;
        }

        Run finish(String status) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("runId", runId);
            s.put("status", status);
            s.put("value", Map.of());
            s.put("context", context);
            s.put("activePaths", activePaths);
            s.put("serializedStepGraph", graph.stream().map(id -> obj("type", "step", "step", obj("id", id))).toList());
            s.put("suspendedPaths", suspendedPaths);
            s.put("waitingPaths", Map.of());
            if ("success".equals(status)) {
                s.put("result", result);
            }
            if (error != null) {
                s.put("error", error);
            }
            s.put("timestamp", clock);
            return new Run(workflowName, runId, resourceId, status, Console.compact(s));
        }

        private long tick(long ms) {
            clock += ms;
            return clock;
        }
    }
}
