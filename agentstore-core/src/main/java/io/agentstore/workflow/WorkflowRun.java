package io.agentstore.workflow;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.internal.Json;

/**
 * A workflow run: Mastra's snapshot (a JSON object, kept as text) keyed by
 * {@code (workflowName, runId)}, stored in {@code mastra_workflow_snapshot}. The run's status
 * is the snapshot's top-level {@code status} field.
 *
 * <pre>{@code
 * wf.getRun("onboarding", runId).ifPresent(r -> System.out.println(r.status()));
 * }</pre>
 */
public record WorkflowRun(String workflowName, String runId, String resourceId, String snapshot,
                          Instant createdAt, Instant updatedAt) {

    /** The snapshot's {@code status} field, or null when it has none. */
    public String status() {
        return statusOf(snapshot);
    }

    /** The {@code status} field of a snapshot JSON text, or null. */
    public static String statusOf(String snapshotJson) {
        if (snapshotJson == null) {
            return null;
        }
        try {
            JsonNode s = Json.readTree(snapshotJson).get("status");
            return s == null || s.isNull() ? null : s.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
