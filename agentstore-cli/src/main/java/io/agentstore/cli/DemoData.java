package io.agentstore.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.Message;
import io.agentstore.workflow.WorkflowStore;

/**
 * Writes the demo data set into a store (what {@code demo} and {@code serve --demo} do):
 * creates the schema if needed, then upserts the resources, conversations and workflow runs
 * under their fixed {@code demo-…} ids, so loading twice never duplicates.
 */
record DemoData(List<MemoryResource> resources, List<DemoChat> chats, int messageCount, int toolCalls,
                List<DemoWorkflows.Run> runs, Map<String, Integer> runsByStatus) {
    /** The summary lists run statuses in lifecycle order rather than alphabetically. */
    private static final List<String> STATUS_ORDER = List.of("running", "suspended", "success", "failed");

    static DemoData load(AgentStore store) {
        store.init();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MemoryStore memory = store.memory();

        List<MemoryResource> resources = DemoMemory.resources(now);
        resources.forEach(memory::saveResource);

        List<DemoChat> chats = DemoMemory.chats(now);
        int messageCount = 0;
        int toolCalls = 0;
        for (DemoChat chat : chats) {
            memory.saveThread(chat.thread());
            List<Message> saved = memory.saveMessages(chat.messages());
            messageCount += saved.size();
            toolCalls += (int) saved.stream().flatMap(m -> m.content().parts().stream())
                    .filter(p -> p.type().equals("tool-invocation")).count();
        }

        WorkflowStore workflows = store.workflows();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        STATUS_ORDER.forEach(st -> byStatus.put(st, 0));
        List<DemoWorkflows.Run> runs = DemoWorkflows.runs(now);
        for (DemoWorkflows.Run r : runs) {
            workflows.persistSnapshot(r.workflowName(), r.runId(), r.resourceId(), r.snapshotJson());
            byStatus.merge(r.status(), 1, Integer::sum);
        }
        byStatus.values().removeIf(n -> n == 0);
        return new DemoData(List.copyOf(resources), List.copyOf(chats), messageCount, toolCalls, List.copyOf(runs), byStatus);
    }
}
