package io.agentstore.cli;

import static io.agentstore.cli.DemoChat.file;
import static io.agentstore.cli.DemoChat.obj;
import static io.agentstore.cli.DemoChat.text;
import static io.agentstore.cli.DemoChat.think;
import static io.agentstore.cli.DemoChat.tool;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.agentstore.memory.MemoryResource;

/**
 * The sample memory {@code agentstore demo} writes: three users (resources) with Markdown
 * working memory, and five conversations with a support agent, a travel agent and a
 * code-review agent, including reasoning, tool calls and a file attachment as Mastra stores them.
 */
final class DemoMemory {
    static final String ADA = "demo-user-ada";
    static final String GRACE = "demo-user-grace";
    static final String LINUS = "demo-user-linus";

    /**
     * The "screenshot" Ada attaches to her first message: a small SVG of a tracking page, so the
     * demo has a file part (an image the Studio can preview) without shipping a binary.
     */
    private static final String TRACKING_SCREENSHOT = """
            <svg xmlns="http://www.w3.org/2000/svg" width="360" height="200" viewBox="0 0 360 200" font-family="Helvetica, Arial, sans-serif">
              <rect width="360" height="200" rx="12" fill="#ffffff" stroke="#d6dae1"/>
              <rect width="360" height="44" rx="12" fill="#ffcc00"/><rect y="32" width="360" height="12" fill="#ffcc00"/>
              <text x="18" y="28" font-size="15" font-weight="700" fill="#d40511">DHL</text>
              <text x="62" y="28" font-size="13" fill="#3a3a3a">Shipment JD014600003825</text>
              <text x="18" y="72" font-size="12" fill="#6b7280">Order #4821 - Trail running shoes (EU 39)</text>
              <line x1="30" y1="96" x2="30" y2="170" stroke="#d6dae1" stroke-width="2"/>
              <circle cx="30" cy="98" r="6" fill="#16a34a"/>
              <text x="46" y="102" font-size="12" fill="#111827">Fri 09:12 - Picked up, Rotterdam</text>
              <circle cx="30" cy="132" r="6" fill="#f59e0b"/>
              <text x="46" y="136" font-size="12" fill="#111827">Sat 02:47 - Arrived at Leipzig hub</text>
              <circle cx="30" cy="166" r="6" fill="#ffffff" stroke="#9ca3af" stroke-width="2"/>
              <text x="46" y="170" font-size="12" fill="#9ca3af">Out for delivery - pending</text>
            </svg>
            """;

    private DemoMemory() {
    }

    static List<MemoryResource> resources(Instant now) {
        return List.of(
                new MemoryResource(ADA, """
                        # User Information
                        - **Name**: Ada Lovelace
                        - **Location**: London, UK
                        - **Customer since**: 2021 (Pro plan)
                        - **Preferred contact**: email, short answers

                        ## Open issues
                        - Order #4821 delayed at the DHL hub in Leipzig; new ETA Thursday; express fee (€9.90) refunded
                        - Invoices now go to finance@lovelace-analytics.io
                        """,
                        obj("name", "Ada Lovelace", "plan", "pro", "locale", "en-GB", "timezone", "Europe/London"),
                        now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))),
                new MemoryResource(GRACE, """
                        # User Information
                        - **Name**: Grace Hopper
                        - **Home airport**: AMS
                        - **Travel style**: long weekends, carry-on only, window seat

                        ## Preferences
                        - Hotels: boutique, with a view, under €160/night
                        - Loves live music (fado in Lisbon)

                        ## Upcoming trips
                        - Lisbon, 12-15 March: TAP flight + Casa do Largo (booking in progress)
                        """,
                        obj("name", "Grace Hopper", "plan", "free", "locale", "en-US", "loyalty", obj("tap", "silver")),
                        now.minus(Duration.ofDays(12)), now.minus(Duration.ofDays(2))),
                new MemoryResource(LINUS, """
                        # User Information
                        - **Name**: Linus
                        - **Team**: payments platform
                        - **Repositories**: acme/payments, acme/ledger

                        ## Review preferences
                        - Cite file:line; flag concurrency issues first
                        - Nits last, and only if cheap to fix
                        """,
                        obj("name", "Linus", "role", "staff-engineer", "github", "linus-acme"),
                        now.minus(Duration.ofDays(90)), now.minus(Duration.ofHours(6))));
    }

    static List<DemoChat> chats(Instant now) {
        return List.of(orderDelay(now), billingEmail(now), lisbonTrip(now), packingList(now), pullRequestReview(now));
    }

    private static DemoChat orderDelay(Instant now) {
        return new DemoChat("demo-thread-ada-order-4821", ADA, "Where is order #4821?",
                obj("channel", "web-chat", "agent", "support-agent", "tags", List.of("shipping", "refund")),
                now.minus(Duration.ofDays(3)).plus(Duration.ofHours(2)))
                .user(0, text("Hi! My order #4821 was supposed to arrive on Tuesday and the tracking page hasn't changed since Friday. "
                                + "Can you check what's going on?"),
                        file("tracking-4821.svg", "image/svg+xml", TRACKING_SCREENSHOT.getBytes(StandardCharsets.UTF_8)))
                .assistant(6,
                        think("The customer asks about a late order. Look up order 4821 and the carrier's tracking before answering."),
                        tool("call_4821_order", "getOrder", obj("orderId", "4821"),
                                obj("orderId", "4821", "status", "in_transit", "carrier", "DHL", "trackingNumber", "JD014600003825",
                                        "items", List.of("Trail running shoes (EU 39)"), "shippingFee", 9.90)),
                        tool("call_4821_track", "trackShipment", obj("carrier", "DHL", "trackingNumber", "JD014600003825"),
                                obj("lastScan", "Leipzig hub", "delayReason", "severe weather", "newEta", "Thursday")),
                        text("Sorry about the wait, Ada. Order #4821 is with DHL and was held at their Leipzig hub because of the storm "
                                + "last weekend. The new delivery estimate is Thursday. Would you like me to refund the express "
                                + "shipping fee (€9.90)?"))
                .user(40, "Yes please, that would be great. Thursday works for me.")
                .assistant(5,
                        tool("call_4821_refund", "refundShippingFee",
                                obj("orderId", "4821", "amount", 9.90, "currency", "EUR", "reason", "carrier delay"),
                                obj("refundId", "rf_7Q2KD", "status", "approved")),
                        text("Done: €9.90 is on its way back to your Visa ending 4242 (3-5 business days). I'll keep an eye on "
                                + "the tracking and message you if the ETA changes again."))
                .user(25, "Thanks!")
                .assistant(2, text("You're welcome! Anything else I can help with?"));
    }

    private static DemoChat billingEmail(Instant now) {
        return new DemoChat("demo-thread-ada-billing", ADA, "Send invoices to the finance team",
                obj("channel", "email", "agent", "support-agent", "tags", List.of("billing")),
                now.minus(Duration.ofDays(1)).plus(Duration.ofHours(4)))
                .user(0, "Can you send future invoices to finance@lovelace-analytics.io instead of my personal address?")
                .assistant(4,
                        tool("call_billing_update", "updateBillingContact",
                                obj("customerId", "cus_ada", "email", "finance@lovelace-analytics.io"),
                                obj("updated", true, "effectiveFrom", "next invoice")),
                        text("Done. From your next invoice on, we'll send invoices to finance@lovelace-analytics.io."))
                .user(60, "And can I get a copy of the October invoice there too?")
                .assistant(3,
                        tool("call_billing_send", "sendInvoice", obj("invoiceId", "INV-2025-10-0193", "to", "finance@lovelace-analytics.io"),
                                obj("sent", true)),
                        text("Sent! INV-2025-10-0193 should be in the finance inbox within a few minutes."));
    }

    private static DemoChat lisbonTrip(Instant now) {
        return new DemoChat("demo-thread-grace-lisbon", GRACE, "Long weekend in Lisbon",
                obj("channel", "mobile-app", "agent", "travel-agent", "tags", List.of("trip", "lisbon"), "budgetEur", 900),
                now.minus(Duration.ofDays(5)).plus(Duration.ofHours(19)))
                .user(0, "I want to spend a long weekend in Lisbon, 12-15 March, flying from Amsterdam. Budget around €900 all in. Ideas?")
                .assistant(9,
                        think("Budget €900 for three nights including flights. Check flights AMS-LIS first, then hotels; "
                                + "mid-March weather matters for what to suggest."),
                        tool("call_lis_flights", "searchFlights",
                                obj("from", "AMS", "to", "LIS", "depart", "2026-03-12", "return", "2026-03-15", "passengers", 1),
                                obj("cheapest", obj("airline", "TAP", "price", 187, "currency", "EUR", "departs", "07:05", "returns", "19:40"),
                                        "options", 14)),
                        tool("call_lis_weather", "getWeather", obj("city", "Lisbon", "month", "March"),
                                obj("avgHighC", 19, "avgLowC", 11, "rainyDays", 8)),
                        text("Good news: TAP has a return for €187 (out 07:05 Thursday, back 19:40 Sunday), which leaves about €700 "
                                + "for three nights and food. Mid-March is usually around 19 °C by day, so pack a light jacket.\n"
                                + "Shall I look for a hotel in Alfama or Chiado?"))
                .user(120, "Chiado please, something with a view. And I'd love a fado evening.")
                .assistant(8,
                        tool("call_lis_hotels", "searchHotels",
                                obj("city", "Lisbon", "area", "Chiado", "checkIn", "2026-03-12", "checkOut", "2026-03-15", "maxPricePerNight", 160),
                                obj("results", List.of(
                                        obj("name", "Casa do Largo", "pricePerNight", 142, "rating", 9.1, "view", "river"),
                                        obj("name", "Hotel Borges", "pricePerNight", 118, "rating", 8.4, "view", "street")))),
                        text("Casa do Largo in Chiado has river-view rooms for €142/night (rated 9.1). For fado, Tasca do Chico "
                                + "in Bairro Alto is small and authentic: go on Friday and arrive before 20:00.\n"
                                + "Flight + hotel come to about €613, leaving ~€290 for food and fun."))
                .user(300, "Perfect, book the flight and the hotel.")
                .assistant(4,
                        tool("call_lis_book", "startTripBooking",
                                obj("flightOfferId", "TP-AMS-LIS-187", "hotelOfferId", "CDL-142-3N", "travellerId", GRACE), null),
                        text("I've started the booking. The hotel is on hold; I'll confirm as soon as TAP issues the ticket."));
    }

    private static DemoChat packingList(Instant now) {
        return new DemoChat("demo-thread-grace-packing", GRACE, "Packing list for Lisbon",
                obj("channel", "mobile-app", "agent", "travel-agent", "tags", List.of("trip", "lisbon")),
                now.minus(Duration.ofDays(2)).plus(Duration.ofHours(8)))
                .user(0, "What should I pack for Lisbon in March? Carry-on only.")
                .assistant(7, text("""
                        For 3 nights in March (11-19 °C, some showers):
                        - Light rain jacket and one warm layer
                        - Comfortable shoes with grip: the cobblestones are slippery when wet
                        - One nicer outfit for the fado evening
                        - Power adapter: Portugal uses type F, same as the Netherlands, so you're set
                        Liquids under 100 ml go in a clear bag for security."""));
    }

    private static DemoChat pullRequestReview(Instant now) {
        return new DemoChat("demo-thread-linus-pr-1287", LINUS, "Review PR #1287: retry on pool exhaustion",
                obj("channel", "slack", "agent", "review-agent", "repo", "acme/payments", "pullRequest", 1287),
                now.minus(Duration.ofHours(6)))
                .user(1, "Can you review https://github.com/acme/payments/pull/1287? It adds retries when the connection pool is exhausted.")
                .assistant(31,
                        think("Fetch the diff and run the tests first. A retry loop with a fixed sleep makes callers retry "
                                + "in lockstep; check how the deadline is enforced."),
                        tool("call_pr_fetch", "fetchPullRequest", obj("repo", "acme/payments", "number", 1287),
                                obj("title", "Retry on pool exhaustion", "files", 3, "additions", 84, "deletions", 12)),
                        tool("call_pr_tests", "runTests", obj("repo", "acme/payments", "ref", "pull/1287/head"),
                                obj("passed", 412, "failed", 1, "failures", List.of("PoolRetryTest.retriesStopAfterDeadline"))),
                        text("""
                                The approach is sound, but two things need fixing before merge:
                                1. PoolClient.java:88 retries after a fixed 100 ms sleep; use exponential backoff with jitter so 50 callers don't retry in lockstep.
                                2. PoolRetryTest.retriesStopAfterDeadline fails: the deadline is checked after the sleep, so the last attempt overshoots by up to one interval.
                                Nit: the new maxRetries option is not in the README."""))
                .user(1800, "Good catch on the deadline. Pushed a fix, can you re-run the tests?")
                .assistant(95,
                        tool("call_pr_tests_2", "runTests", obj("repo", "acme/payments", "ref", "pull/1287/head"),
                                obj("passed", 413, "failed", 0, "failures", List.of())),
                        text("All 413 tests pass now. I'll approve once the README mentions maxRetries."));
    }
}
