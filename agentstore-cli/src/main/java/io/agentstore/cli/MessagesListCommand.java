package io.agentstore.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.Page;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agentstore messages list}: a thread's messages as a chat transcript (oldest first),
 * either page by page or the newest N ({@code --last}), which is the window an agent sends
 * to its model.
 *
 * <pre>{@code
 * $ agentstore messages list --thread demo-thread-ada-order-4821
 * $ agentstore messages list --thread demo-thread-ada-order-4821 --last 3 --json
 * }</pre>
 */
@Command(name = "list", description = "Show a thread's messages as a transcript (oldest first).")
final class MessagesListCommand extends StoreCommand {
    @Option(names = {"--thread", "-t"}, paramLabel = "THREAD_ID", required = true, description = "The thread to show.")
    String threadId;

    @Option(names = "--last", paramLabel = "N", description = "Only the newest N messages (cannot be combined with --page/--per-page).")
    Integer last;

    @Mixin
    PagingOptions paging;

    private int perPage;

    @Override
    void validate() {
        if (last != null && (paging.page != 0 || paging.perPage != null)) {
            throw usage("--last cannot be combined with --page or --per-page");
        }
        if (last != null && (last < 1 || last > MessageQuery.MAX_PER_PAGE)) {
            throw usage("--last must be from 1 to " + MessageQuery.MAX_PER_PAGE + ", got " + last);
        }
        perPage = paging.check(this, MessageQuery.MAX_PER_PAGE);
    }

    @Override
    int run(AgentStore store) {
        MemoryStore memory = store.memory();
        MemoryThread thread = memory.getThread(threadId).orElseThrow(() -> new CommandFailure("NOT_FOUND",
                "thread '" + threadId + "' does not exist in " + displayUrl(),
                "list the threads of a resource with: " + suggest("threads list --resource <RESOURCE_ID>")));
        MessageQuery q = MessageQuery.thread(threadId);
        q = last != null ? q.last(last) : q.page(paging.page).perPage(perPage);
        Page<Message> page = memory.listMessages(q);
        if (page.total() < 0) {
            // last(n) reports total -1 when older messages exist (MessageQuery.last); people and scripts want the count
            long total = memory.listMessages(MessageQuery.thread(threadId).perPage(1)).total();
            page = new Page<>(page.items(), total, page.page(), page.perPage(), page.hasMore());
        }
        if (json()) {
            ObjectNode doc = Console.object();
            doc.set("thread", Views.thread(thread));
            ArrayNode items = doc.putArray("messages");
            page.items().forEach(m -> items.add(Views.message(m)));
            Views.paging(doc, page);
            console().json(doc);
            return AgentStoreCli.EXIT_OK;
        }
        console().println("Thread " + thread.id() + (thread.title() == null ? "" : " \"" + thread.title() + "\"")
                + " (resource " + thread.resourceId() + ")");
        console().println();
        if (page.items().isEmpty()) {
            console().println(page.total() == 0 ? "(no messages)" : "(no messages on page " + paging.page + ")");
        }
        page.items().forEach(m -> Transcript.lines(m).forEach(console()::println));
        console().println();
        if (last != null) {
            console().println("The newest " + page.items().size() + " of " + page.total() + " messages.");
        } else {
            console().println(Paging.summary(page, "message", "messages") + ".");
            if (page.hasMore()) {
                console().println("Next page: " + suggest("messages list --thread " + shellQuote(threadId)
                        + " --page " + (paging.page + 1) + " --per-page " + perPage));
            }
        }
        return AgentStoreCli.EXIT_OK;
    }
}
