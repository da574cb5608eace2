package io.agentstore.cli;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.Page;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agentstore runs list}: workflow runs, newest first, filtered by workflow, status and
 * resource. The human table says where a suspended run waits and why a failed one failed.
 *
 * <pre>{@code
 * $ agentstore runs list --status suspended
 * $ agentstore runs list --workflow order-refund --json
 * }</pre>
 */
@Command(name = "list", description = "List workflow runs, newest first.")
final class RunsListCommand extends StoreCommand {
    @Option(names = {"--workflow", "-w"}, paramLabel = "NAME", description = "Only runs of this workflow.")
    String workflow;

    @Option(names = {"--status", "-s"}, paramLabel = "STATUS", description = "Only runs with this status (running, suspended, success, failed, ...).")
    String status;

    @Option(names = {"--resource", "-r"}, paramLabel = "RESOURCE_ID", description = "Only runs of this resource.")
    String resourceId;

    @Mixin
    PagingOptions paging;

    private int perPage;

    @Override
    void validate() {
        perPage = paging.check(this, RunQuery.MAX_PER_PAGE);
    }

    @Override
    int run(AgentStore store) {
        RunQuery q = RunQuery.all().workflowName(workflow).status(status).resourceId(resourceId).page(paging.page).perPage(perPage);
        Page<WorkflowRun> page = store.workflows().listRuns(q);
        if (json()) {
            ObjectNode doc = Console.object();
            ArrayNode items = doc.putArray("runs");
            page.items().forEach(r -> items.add(Views.run(r)));
            Views.paging(doc, page);
            console().json(doc);
            return AgentStoreCli.EXIT_OK;
        }
        if (page.items().isEmpty()) {
            console().println(page.total() == 0 ? "No workflow runs" + filters() + "." : Paging.summary(page, "run", "runs") + ".");
            return AgentStoreCli.EXIT_OK;
        }
        TextTable table = new TextTable().column("WORKFLOW", 32).column("RUN", 40).column("STATUS", 12).column("RESOURCE", 28)
                .column("CREATED", 16).column("UPDATED", 16).column("DETAIL", 60);
        for (WorkflowRun r : page.items()) {
            table.row(r.workflowName(), r.runId(), r.status(), r.resourceId() == null ? "-" : r.resourceId(),
                    Times.minute(r.createdAt()), Times.minute(r.updatedAt()), detail(r));
        }
        table.lines().forEach(console()::println);
        console().println();
        console().println(Paging.summary(page, "run", "runs") + filters() + ".");
        if (page.hasMore()) {
            console().println("Next page: add --page " + (paging.page + 1) + " --per-page " + perPage);
        }
        return AgentStoreCli.EXIT_OK;
    }

    private String filters() {
        StringBuilder sb = new StringBuilder();
        if (workflow != null) {
            sb.append(" of workflow ").append(workflow);
        }
        if (status != null) {
            sb.append(" with status ").append(status);
        }
        if (resourceId != null) {
            sb.append(" of resource ").append(resourceId);
        }
        return sb.toString();
    }

    /** Where a run stands, read from its Mastra snapshot: the step it waits at, or the error. */
    static String detail(WorkflowRun r) {
        JsonNode snap = Views.parsed(r.snapshot());
        if (snap == null || !snap.isObject()) {
            return "";
        }
        JsonNode suspended = snap.path("suspendedPaths");
        if ("suspended".equals(r.status()) && suspended.isObject() && suspended.size() > 0) {
            return "waiting at " + String.join(", ", (Iterable<String>) suspended::fieldNames);
        }
        if ("failed".equals(r.status())) {
            String error = errorOf(snap);
            return error == null ? "" : "error: " + error;
        }
        if ("running".equals(r.status())) {
            String step = stepWithStatus(snap.path("context"), "running");
            return step == null ? "" : "at " + step;
        }
        return "";
    }

    private static String errorOf(JsonNode snap) {
        JsonNode e = snap.path("error");
        if (e.isTextual()) {
            return e.asText();
        }
        if (e.path("message").isTextual()) {
            return e.path("message").asText();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = snap.path("context").fields(); it.hasNext(); ) {
            JsonNode step = it.next().getValue();
            if ("failed".equals(step.path("status").asText()) && step.has("error")) {
                JsonNode se = step.get("error");
                return se.isTextual() ? se.asText() : se.path("message").asText(se.toString());
            }
        }
        return null;
    }

    private static String stepWithStatus(JsonNode context, String wanted) {
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (wanted.equals(e.getValue().path("status").asText())) {
                return e.getKey();
            }
        }
        return null;
    }
}
