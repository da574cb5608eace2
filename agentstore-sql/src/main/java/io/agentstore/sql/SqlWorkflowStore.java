package io.agentstore.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.agentstore.Page;
import io.agentstore.error.NotFoundException;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;
import io.agentstore.workflow.WorkflowStore;

/** The workflows domain in SQL, written once for every {@link Dialect}. */
final class SqlWorkflowStore implements WorkflowStore {
    private final SqlClient client;
    private final Dialect d;
    private final TableNames t;
    final String runCols;
    private final String persistSql;
    private final String casSql;
    private final String keyWhere;
    private final String createdAt;

    SqlWorkflowStore(SqlClient client, Dialect dialect, TableNames names) {
        this.client = client;
        this.d = dialect;
        this.t = names;
        boolean z = d.hasZoneColumns();
        this.runCols = "workflow_name, run_id, " + q("resourceId") + ", " + d.selectJson("snapshot") + ", " + d.selectTime("createdAt", z)
                + ", " + d.selectTime("updatedAt", z);
        this.createdAt = d.selectTime("createdAt", z);
        this.keyWhere = " WHERE workflow_name = ? AND run_id = ?";
        List<String> updates = new ArrayList<>(List.of("resourceId", "snapshot", "updatedAt"));
        if (z) {
            updates.add("updatedAtZ");
        }
        this.persistSql = "INSERT INTO " + t.snapshots() + " (workflow_name, run_id, " + q("resourceId") + ", snapshot, " + q("createdAt")
                + ", " + q("updatedAt") + (z ? ", " + q("createdAtZ") + ", " + q("updatedAtZ") : "") + ") VALUES (?, ?, ?, " + d.jsonParam()
                + ", ?, ?" + (z ? ", ?, ?" : "") + ")"
                // As Mastra: a snapshot saved without a resource keeps the run's resource.
                + d.upsertTail(List.of("workflow_name", "run_id"), updates, t.prefix() + TableNames.SNAPSHOTS, List.of("resourceId"));
        this.casSql = "UPDATE " + t.snapshots() + " SET snapshot = " + d.jsonSetString("snapshot", "status") + ", " + q("updatedAt") + " = ?"
                + (z ? ", " + q("updatedAtZ") + " = ?" : "") + keyWhere + " AND " + d.jsonField("snapshot", "status") + " = ?";
    }

    @Override
    public WorkflowRun persistSnapshot(String workflowName, String runId, String resourceId, String snapshotJson) {
        Limits.checkSize(d, "snapshot", snapshotJson);
        Instant now = d.now();
        List<Object> p = new ArrayList<>(Arrays.asList(workflowName, runId, resourceId, snapshotJson, d.time(now), d.time(now)));
        if (d.hasZoneColumns()) {
            p.add(d.timeZ(now));
            p.add(d.timeZ(now));
        }
        String stored = q("resourceId") + ", " + createdAt;
        RowMapper<WorkflowRun> asStored = r -> new WorkflowRun(workflowName, runId, r.string("resourceId"), snapshotJson,
                d.readTime(r, "createdAt"), now);
        if (d.supportsReturning()) {
            return client.write(persistSql + " RETURNING " + stored, p, asStored).get(0);
        }
        return client.inTransaction(s -> {
            s.update(persistSql, p);
            return s.query("SELECT " + stored + " FROM " + t.snapshots() + keyWhere, List.of(workflowName, runId), asStored).get(0);
        });
    }

    @Override
    public Optional<String> loadSnapshot(String workflowName, String runId) {
        return client.query("SELECT " + d.selectJson("snapshot") + " FROM " + t.snapshots() + keyWhere, List.of(workflowName, runId), r -> r.string("snapshot"))
                .stream().findFirst();
    }

    @Override
    public Optional<WorkflowRun> getRun(String workflowName, String runId) {
        return client.query("SELECT " + runCols + " FROM " + t.snapshots() + keyWhere, List.of(workflowName, runId), this::run)
                .stream().findFirst();
    }

    @Override
    public Page<WorkflowRun> listRuns(RunQuery qy) {
        Sql.Where w = new Sql.Where();
        if (qy.workflowName() != null) {
            w.and("workflow_name = ?", qy.workflowName());
        }
        if (qy.status() != null) {
            w.and(d.jsonField("snapshot", "status") + " = ?", qy.status());
        }
        if (qy.resourceId() != null) {
            w.and(q("resourceId") + " = ?", qy.resourceId());
        }
        if (qy.from() != null) {
            w.and(q("createdAt") + " >= ?", d.time(qy.from()));
        }
        if (qy.to() != null) {
            w.and(q("createdAt") + " <= ?", d.time(qy.to()));
        }
        return Pages.page(client, t.snapshots(), runCols, w, " ORDER BY " + t.snapshots() + "." + q("createdAt") + " DESC, workflow_name DESC, run_id DESC",
                qy.page(), qy.perPage(), this::run);
    }

    @Override
    public boolean deleteRun(String workflowName, String runId) {
        return client.update("DELETE FROM " + t.snapshots() + keyWhere, List.of(workflowName, runId)) > 0;
    }

    @Override
    public boolean compareAndSetStatus(String workflowName, String runId, String expectedStatus, String newStatus) {
        Instant now = d.now();
        List<Object> p = new ArrayList<>(List.of(newStatus, d.time(now)));
        if (d.hasZoneColumns()) {
            p.add(d.timeZ(now));
        }
        p.addAll(List.of(workflowName, runId, expectedStatus));
        // One conditional UPDATE: the row lock (or SQLite's single writer) makes exactly one caller see 1.
        if (client.update(casSql, p) == 1) {
            return true;
        }
        if (client.query("SELECT 1 AS x FROM " + t.snapshots() + keyWhere, List.of(workflowName, runId), r -> 1).isEmpty()) {
            throw new NotFoundException("workflow run " + workflowName + "/" + runId + " does not exist",
                    "persist a snapshot first, or check the workflow name and run id");
        }
        return false;
    }

    WorkflowRun run(Row r) {
        return new WorkflowRun(r.string("workflow_name"), r.string("run_id"), r.string("resourceId"), r.string("snapshot"),
                d.readTime(r, "createdAt"), d.readTime(r, "updatedAt"));
    }

    private String q(String identifier) {
        return d.quote(identifier);
    }
}
