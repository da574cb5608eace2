package io.agentstore.server;

import java.time.Instant;
import java.util.Map;

import io.agentstore.AgentStore;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/workflow-runs}: runs filtered by workflow, status, resource and time; one run with its snapshot; delete. */
final class WorkflowRunRoutes extends DomainRoutes {
    private static final Map<String, String> RENAMES = ErrorMapper.renames("query.", "");

    WorkflowRunRoutes(AgentStore store, long maxBodyBytes) {
        super(store, maxBodyBytes);
    }

    @Override
    void register(RoutesConfig routes) {
        routes.get("/api/workflow-runs", this::list);
        routes.get("/api/workflow-runs/{workflowName}/{runId}", this::get);
        routes.delete("/api/workflow-runs/{workflowName}/{runId}", this::delete);
    }

    private void list(Context ctx) {
        Params.Paging p = Params.paging(ctx);
        Instant from = Params.optionalInstant(ctx, "from");
        Instant to = Params.optionalInstant(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.invalid("from", "is after to", "pass from <= to");
        }
        RunQuery q = RunQuery.all()
                .workflowName(Params.single(ctx, "workflowName"))
                .status(Params.single(ctx, "status"))
                .resourceId(Params.single(ctx, "resourceId"))
                .between(from, to)
                .page(p.page()).perPage(p.perPage());
        ok(ctx, Views.page(ErrorMapper.renaming(RENAMES, () -> store.workflows().listRuns(q)), Views::runSummary));
    }

    private void get(Context ctx) {
        String name = ctx.pathParam("workflowName");
        String runId = ctx.pathParam("runId");
        WorkflowRun run = store.workflows().getRun(name, runId).orElseThrow(() -> notFound(name, runId));
        ok(ctx, Views.run(run));
    }

    private void delete(Context ctx) {
        String name = ctx.pathParam("workflowName");
        String runId = ctx.pathParam("runId");
        if (!store.workflows().deleteRun(name, runId)) {
            throw notFound(name, runId);
        }
        noContent(ctx);
    }

    private static ApiError notFound(String name, String runId) {
        return ApiError.notFound("no run " + Params.clip(runId) + " of workflow " + Params.clip(name));
    }
}
