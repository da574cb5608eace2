package io.agentstore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.agentstore.error.InvalidInputException;
import io.agentstore.internal.Checks;
import io.agentstore.memory.CloneRequest;
import io.agentstore.memory.CloneResult;
import io.agentstore.memory.IncludeContext;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.MessageUpdate;
import io.agentstore.memory.ResourceSummary;
import io.agentstore.memory.ThreadQuery;

/** Applies the input rules of {@link MemoryStore} once, for every backend, before delegating. */
final class ValidatingMemoryStore implements MemoryStore {
    private static final Set<String> ROLES = Set.of(Message.USER, Message.ASSISTANT, Message.SYSTEM, Message.TOOL);
    private static final int MAX_BATCH = 10_000;
    private final MemoryStore delegate;

    ValidatingMemoryStore(MemoryStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<MemoryThread> getThread(String threadId) {
        return delegate.getThread(Checks.id("threadId", threadId));
    }

    @Override
    public MemoryThread saveThread(MemoryThread t) {
        checkThread("thread", t);
        return delegate.saveThread(t);
    }

    /** The checks of a whole thread record, its fields named under {@code f}. */
    static void checkThread(String f, MemoryThread t) {
        Checks.notNull(f, t);
        Checks.id(f + ".id", t.id());
        Checks.id(f + ".resourceId", t.resourceId());
        Checks.text(f + ".title", t.title());
        Checks.metadata(f + ".metadata", t.metadata());
        Checks.time(f + ".createdAt", t.createdAt());
        Checks.time(f + ".updatedAt", t.updatedAt());
    }

    @Override
    public MemoryThread updateThread(String threadId, String title, Map<String, Object> metadata) {
        Checks.id("threadId", threadId);
        Checks.optionalText("title", title);
        Checks.metadata("metadata", metadata);
        return delegate.updateThread(threadId, title, metadata);
    }

    @Override
    public void deleteThread(String threadId) {
        delegate.deleteThread(Checks.id("threadId", threadId));
    }

    @Override
    public Page<MemoryThread> listThreads(ThreadQuery q) {
        Checks.notNull("query", q);
        Checks.optionalId("query.resourceId", q.resourceId());
        Checks.metadataFilter("query.metadataFilter", q.metadataFilter());
        Checks.page("query.page", q.page());
        Checks.range("query.perPage", q.perPage(), 1, ThreadQuery.MAX_PER_PAGE);
        if (q.search() != null) {
            Checks.noNul("query.search", q.search());
            if (q.search().length() > ThreadQuery.MAX_SEARCH_CHARS) {
                throw new InvalidInputException("query.search", "is " + q.search().length()
                        + " characters long", "search for at most " + ThreadQuery.MAX_SEARCH_CHARS + " characters");
            }
        }
        return delegate.listThreads(q);
    }

    @Override
    public Page<ResourceSummary> listResources(int page, int perPage) {
        Checks.page("page", page);
        Checks.range("perPage", perPage, 1, ThreadQuery.MAX_PER_PAGE);
        return delegate.listResources(page, perPage);
    }

    @Override
    public CloneResult cloneThread(CloneRequest r) {
        Checks.notNull("request", r);
        Checks.id("request.sourceThreadId", r.sourceThreadId());
        Checks.optionalId("request.newThreadId", r.newThreadId());
        Checks.optionalId("request.resourceId", r.resourceId());
        Checks.optionalText("request.title", r.title());
        Checks.metadata("request.metadata", r.metadata());
        if (r.messageLimit() != null) {
            Checks.range("request.messageLimit", r.messageLimit(), 0, Integer.MAX_VALUE);
        }
        return delegate.cloneThread(r);
    }

    @Override
    public List<Message> saveMessages(List<Message> messages) {
        Checks.notNull("messages", messages);
        if (messages.size() > MAX_BATCH) {
            throw new InvalidInputException("messages", "has " + messages.size() + " messages; at most " + MAX_BATCH + " per call",
                    "split the batch");
        }
        Map<String, Message> byId = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            String f = "messages[" + i + "]";
            checkMessage(f, m);
            byId.remove(m.id());
            byId.put(m.id(), m);
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        return delegate.saveMessages(new ArrayList<>(byId.values()));
    }

    static void checkMessage(String f, Message m) {
        Checks.notNull(f, m);
        Checks.id(f + ".id", m.id());
        Checks.id(f + ".threadId", m.threadId());
        Checks.optionalId(f + ".resourceId", m.resourceId());
        role(f + ".role", m.role());
        Checks.id(f + ".type", m.type());
        Checks.notNull(f + ".content", m.content());
        Checks.content(f + ".content", m.content().json());
        Checks.time(f + ".createdAt", m.createdAt());
    }

    private static void role(String field, String role) {
        if (role == null || !ROLES.contains(role)) {
            throw new InvalidInputException(field, "'" + role + "' is not a message role", "use one of user, assistant, system, tool");
        }
    }

    @Override
    public Page<Message> listMessages(MessageQuery q) {
        Checks.notNull("query", q);
        if (q.threadIds().isEmpty()) {
            throw new InvalidInputException("query.threadIds", "names no thread", "use MessageQuery.thread(id) or MessageQuery.threads(ids)");
        }
        if (q.threadIds().size() > 1000) {
            throw new InvalidInputException("query.threadIds", "names more than 1000 threads", "query fewer threads at a time");
        }
        for (int i = 0; i < q.threadIds().size(); i++) {
            Checks.id("query.threadIds[" + i + "]", q.threadIds().get(i));
        }
        Checks.optionalId("query.resourceId", q.resourceId());
        Checks.optionalTime("query.from", q.from());
        Checks.optionalTime("query.to", q.to());
        Checks.page("query.page", q.page());
        Checks.range("query.perPage", q.perPage(), 1, MessageQuery.MAX_PER_PAGE);
        if (q.last() != null) {
            Checks.range("query.last", q.last(), 0, MessageQuery.MAX_PER_PAGE);
        }
        for (int i = 0; i < q.include().size(); i++) {
            IncludeContext c = q.include().get(i);
            Checks.notNull("query.include[" + i + "]", c);
            Checks.id("query.include[" + i + "].messageId", c.messageId());
            Checks.range("query.include[" + i + "].before", c.before(), 0, MessageQuery.MAX_PER_PAGE);
            Checks.range("query.include[" + i + "].after", c.after(), 0, MessageQuery.MAX_PER_PAGE);
        }
        return delegate.listMessages(q);
    }

    @Override
    public List<Message> getMessages(Collection<String> ids) {
        checkIds("messageIds", ids);
        return ids.isEmpty() ? List.of() : delegate.getMessages(ids);
    }

    @Override
    public List<Message> updateMessages(List<MessageUpdate> updates) {
        Checks.notNull("updates", updates);
        if (updates.size() > MAX_BATCH) {
            throw new InvalidInputException("updates", "has more than " + MAX_BATCH + " updates", "split the batch");
        }
        for (int i = 0; i < updates.size(); i++) {
            MessageUpdate u = updates.get(i);
            String f = "updates[" + i + "]";
            Checks.notNull(f, u);
            Checks.id(f + ".id", u.id());
            Checks.optionalId(f + ".threadId", u.threadId());
            Checks.optionalId(f + ".resourceId", u.resourceId());
            if (u.role() != null) {
                role(f + ".role", u.role());
            }
            Checks.optionalId(f + ".type", u.type());
            if (u.content() != null) {
                Checks.content(f + ".content", u.content().json());
            }
        }
        return updates.isEmpty() ? List.of() : delegate.updateMessages(updates);
    }

    @Override
    public void deleteMessages(Collection<String> ids) {
        checkIds("messageIds", ids);
        if (!ids.isEmpty()) {
            delegate.deleteMessages(ids);
        }
    }

    private static void checkIds(String field, Collection<String> ids) {
        Checks.notNull(field, ids);
        if (ids.size() > MAX_BATCH) {
            throw new InvalidInputException(field, "has more than " + MAX_BATCH + " ids", "split the call");
        }
        int i = 0;
        for (String id : ids) {
            Checks.id(field + "[" + i++ + "]", id);
        }
    }

    @Override
    public Optional<MemoryResource> getResource(String resourceId) {
        return delegate.getResource(Checks.id("resourceId", resourceId));
    }

    @Override
    public MemoryResource saveResource(MemoryResource r) {
        checkResource("resource", r);
        return delegate.saveResource(r);
    }

    /** The checks of a whole resource record, its fields named under {@code f}. */
    static void checkResource(String f, MemoryResource r) {
        Checks.notNull(f, r);
        Checks.id(f + ".id", r.id());
        Checks.optionalText(f + ".workingMemory", r.workingMemory());
        Checks.metadata(f + ".metadata", r.metadata());
        Checks.time(f + ".createdAt", r.createdAt());
        Checks.time(f + ".updatedAt", r.updatedAt());
    }

    @Override
    public MemoryResource updateResource(String resourceId, String workingMemory, Map<String, Object> metadata) {
        Checks.id("resourceId", resourceId);
        Checks.optionalText("workingMemory", workingMemory);
        Checks.metadata("metadata", metadata);
        return delegate.updateResource(resourceId, workingMemory, metadata);
    }
}
