package io.agentstore.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.Page;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agentstore threads list}: the threads of a resource (or of all resources), newest
 * first, with their message counts.
 *
 * <pre>{@code
 * $ agentstore threads list --resource demo-user-ada
 * $ agentstore threads list --resource demo-user-ada --json --per-page 20 --page 1
 * }</pre>
 */
@Command(name = "list", description = "List threads of a resource, newest first.")
final class ThreadsListCommand extends StoreCommand {
    @Option(names = {"--resource", "-r"}, paramLabel = "RESOURCE_ID",
            description = "The resource (usually a user) whose threads to list; all resources when omitted.")
    String resourceId;

    @Mixin
    PagingOptions paging;

    private int perPage;

    @Override
    void validate() {
        perPage = paging.check(this, ThreadQuery.MAX_PER_PAGE);
    }

    @Override
    int run(AgentStore store) {
        MemoryStore memory = store.memory();
        ThreadQuery q = (resourceId == null ? ThreadQuery.all() : ThreadQuery.resource(resourceId)).page(paging.page).perPage(perPage);
        Page<MemoryThread> page = memory.listThreads(q);
        if (json()) {
            ObjectNode doc = Console.object();
            doc.put("resourceId", resourceId);
            ArrayNode items = doc.putArray("threads");
            for (MemoryThread t : page.items()) {
                items.add(Views.thread(t).put("messageCount", messageCount(memory, t)));
            }
            Views.paging(doc, page);
            console().json(doc);
            return AgentStoreCli.EXIT_OK;
        }
        String whose = resourceId == null ? "" : " of resource " + resourceId;
        if (page.items().isEmpty()) {
            console().println(page.total() == 0 ? "No threads" + whose + "." : "No threads on page " + paging.page + whose
                    + " (" + page.total() + " in total).");
            if (page.total() == 0) {
                console().println("Write sample data with: " + suggest("demo"));
            }
            return AgentStoreCli.EXIT_OK;
        }
        TextTable table = new TextTable().column("THREAD", 44).column("RESOURCE", 28).column("TITLE", 48)
                .column("MESSAGES", 8).column("CREATED", 16).column("UPDATED", 16);
        for (MemoryThread t : page.items()) {
            table.row(t.id(), t.resourceId(), t.title(), messageCount(memory, t), Times.minute(t.createdAt()), Times.minute(t.updatedAt()));
        }
        table.lines().forEach(console()::println);
        console().println();
        console().println(Paging.summary(page, "thread", "threads") + whose + ".");
        if (page.hasMore()) {
            console().println("Next page: " + suggest("threads list" + (resourceId == null ? "" : " --resource " + shellQuote(resourceId))
                    + " --page " + (paging.page + 1) + " --per-page " + perPage));
        }
        console().println("Read one: " + suggest("messages list --thread " + shellQuote(page.items().get(0).id())));
        return AgentStoreCli.EXIT_OK;
    }

    private static long messageCount(MemoryStore memory, MemoryThread t) {
        return memory.listMessages(MessageQuery.thread(t.id()).perPage(1)).total();
    }
}
