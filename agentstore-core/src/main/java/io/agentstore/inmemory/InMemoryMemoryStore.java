package io.agentstore.inmemory;

import static io.agentstore.inmemory.InMemoryDatabase.millis;
import static io.agentstore.inmemory.InMemoryDatabase.now;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.agentstore.Page;
import io.agentstore.SortDirection;
import io.agentstore.error.ConflictException;
import io.agentstore.error.NotFoundException;
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

/** Threads, messages and resources in maps; every call runs under the database lock. */
final class InMemoryMemoryStore implements MemoryStore {
    /** The order of every message listing: createdAt, then id for equal times. */
    static final Comparator<Message> MESSAGE_ORDER = Comparator.comparing(Message::createdAt).thenComparing(Message::id);

    private final InMemoryDatabase db;
    private final Runnable checkOpen;

    InMemoryMemoryStore(InMemoryDatabase db, Runnable checkOpen) {
        this.db = db;
        this.checkOpen = checkOpen;
    }

    // ---- threads ---------------------------------------------------------------------

    @Override
    public Optional<MemoryThread> getThread(String threadId) {
        checkOpen.run();
        return db.locked(() -> Optional.ofNullable(db.threads.get(threadId)));
    }

    @Override
    public MemoryThread saveThread(MemoryThread t) {
        checkOpen.run();
        return db.locked(() -> {
            MemoryThread old = db.threads.get(t.id());
            Instant created = old != null ? old.createdAt() : millis(t.createdAt());
            MemoryThread stored = new MemoryThread(t.id(), t.resourceId(), t.title(), Frozen.metadata(t.metadata()),
                    created, millis(t.updatedAt()));
            db.threads.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public MemoryThread updateThread(String threadId, String title, Map<String, Object> metadata) {
        checkOpen.run();
        return db.locked(() -> {
            MemoryThread old = requireThread(threadId);
            MemoryThread stored = new MemoryThread(old.id(), old.resourceId(), title != null ? title : old.title(),
                    Frozen.merge(old.metadata(), metadata), old.createdAt(), now());
            db.threads.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public void deleteThread(String threadId) {
        checkOpen.run();
        db.locked(() -> {
            db.threads.remove(threadId);
            Set<String> ids = db.messagesByThread.remove(threadId);
            if (ids != null) {
                ids.forEach(db.messages::remove);
            }
        });
    }

    @Override
    public Page<MemoryThread> listThreads(ThreadQuery q) {
        checkOpen.run();
        return db.locked(() -> {
            List<MemoryThread> matches = new ArrayList<>();
            String needle = q.search() == null ? null : asciiLower(q.search());
            for (MemoryThread t : db.threads.values()) {
                if ((q.resourceId() == null || q.resourceId().equals(t.resourceId())) && matchesFilter(t.metadata(), q.metadataFilter())
                        && (needle == null || asciiLower(t.title()).contains(needle) || asciiLower(t.id()).contains(needle))) {
                    matches.add(t);
                }
            }
            Comparator<MemoryThread> order = q.orderBy() == ThreadQuery.OrderField.UPDATED_AT
                    ? Comparator.comparing(MemoryThread::updatedAt) : Comparator.comparing(MemoryThread::createdAt);
            order = order.thenComparing(MemoryThread::id);
            matches.sort(q.direction() == SortDirection.ASC ? order : order.reversed());
            return page(matches, q.page(), q.perPage());
        });
    }

    /** Lower-cases ASCII letters only, as SQLite's lower() does, so search matches the same threads on every backend. */
    private static String asciiLower(String s) {
        if (s == null) {
            return "";
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    @Override
    public Page<ResourceSummary> listResources(int page, int perPage) {
        checkOpen.run();
        return db.locked(() -> {
            Map<String, long[]> counts = new java.util.HashMap<>();
            Map<String, Instant> last = new java.util.HashMap<>();
            for (MemoryThread t : db.threads.values()) {
                counts.computeIfAbsent(t.resourceId(), k -> new long[1])[0]++;
                last.merge(t.resourceId(), t.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
            for (MemoryResource r : db.resources.values()) {
                counts.computeIfAbsent(r.id(), k -> new long[1]);
                last.merge(r.id(), r.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
            List<ResourceSummary> all = new ArrayList<>();
            counts.forEach((id, n) -> all.add(new ResourceSummary(id, n[0], last.get(id))));
            all.sort(Comparator.comparing(ResourceSummary::lastActivityAt).reversed().thenComparing(ResourceSummary::resourceId));
            return page(all, page, perPage);
        });
    }

    /** Every filter entry must be present with an equal JSON scalar: "3" does not match 3, 3 matches 3.0. */
    private static boolean matchesFilter(Map<String, Object> metadata, Map<String, Object> filter) {
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            Object stored = metadata.get(e.getKey());
            Object wanted = e.getValue();
            boolean same;
            if (wanted instanceof Number w) {
                same = stored instanceof Number s && new BigDecimal(s.toString()).compareTo(new BigDecimal(w.toString())) == 0;
            } else {
                same = wanted != null && wanted.equals(stored);
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public CloneResult cloneThread(CloneRequest r) {
        checkOpen.run();
        return db.locked(() -> {
            MemoryThread source = requireThread(r.sourceThreadId());
            String newId = r.newThreadId() != null ? r.newThreadId() : UUID.randomUUID().toString();
            if (db.threads.containsKey(newId)) {
                throw new ConflictException("thread '" + newId + "' already exists", "clone into a new thread id, or leave it unset for a random one");
            }
            Instant now = now();
            Map<String, Object> clone = new LinkedHashMap<>();
            clone.put("sourceThreadId", source.id());
            clone.put("clonedAt", now.toString());
            Map<String, Object> metadata = new LinkedHashMap<>(source.metadata());
            if (r.metadata() != null) {
                metadata.putAll(r.metadata());
            }
            metadata.put("clone", clone);
            String resourceId = r.resourceId() != null ? r.resourceId() : source.resourceId();
            String title = r.title() != null ? r.title() : "Clone of " + source.title();
            MemoryThread thread = new MemoryThread(newId, resourceId, title, Frozen.metadata(metadata), now, now);

            List<Message> sourceMessages = threadMessages(source.id());
            int keep = r.messageLimit() == null ? sourceMessages.size() : Math.min(r.messageLimit(), sourceMessages.size());
            List<Message> copies = new ArrayList<>();
            for (Message m : sourceMessages.subList(sourceMessages.size() - keep, sourceMessages.size())) {
                copies.add(new Message(UUID.randomUUID().toString(), newId, resourceId, m.role(), m.type(), m.content(), m.createdAt()));
            }
            db.threads.put(newId, thread);
            copies.forEach(this::put);
            return new CloneResult(thread, copies);
        });
    }

    // ---- messages --------------------------------------------------------------------

    @Override
    public List<Message> saveMessages(List<Message> messages) {
        checkOpen.run();
        return db.locked(() -> {
            for (Message m : messages) {
                requireThread(m.threadId());
            }
            Set<String> touched = new LinkedHashSet<>();
            List<Message> out = new ArrayList<>(messages.size());
            for (Message m : messages) {
                Message old = db.messages.get(m.id());
                Instant created = old != null ? old.createdAt() : millis(m.createdAt());
                Message stored = new Message(m.id(), m.threadId(), m.resourceId(), m.role(), m.type(), m.content(), created);
                if (old != null) {
                    touched.add(old.threadId());
                }
                put(stored);
                touched.add(stored.threadId());
                out.add(stored);
            }
            touch(touched);
            return out;
        });
    }

    @Override
    public Page<Message> listMessages(MessageQuery q) {
        checkOpen.run();
        return db.locked(() -> {
            List<Message> matches = new ArrayList<>();
            for (String threadId : new LinkedHashSet<>(q.threadIds())) {
                for (String id : db.messagesByThread.getOrDefault(threadId, Set.of())) {
                    Message m = db.messages.get(id);
                    if (matches(q, m)) {
                        matches.add(m);
                    }
                }
            }
            Page<Message> page;
            Comparator<Message> order;
            if (q.last() != null) {
                // newest n, handed back oldest first whatever the direction: the window an agent sends to a model.
                // total is reported as SQL backends can afford it: exact when nothing is left behind, else -1.
                order = MESSAGE_ORDER;
                matches.sort(order);
                int n = q.last();
                int size = matches.size();
                boolean more = size > n;
                page = new Page<>(matches.subList(Math.max(0, size - n), size), more ? -1 : size, 0, n, more);
            } else {
                order = q.direction() == SortDirection.ASC ? MESSAGE_ORDER : MESSAGE_ORDER.reversed();
                matches.sort(order);
                page = page(matches, q.page(), q.perPage());
            }
            if (q.include().isEmpty()) {
                return page;
            }
            Map<String, Message> merged = new LinkedHashMap<>();
            page.items().forEach(m -> merged.put(m.id(), m));
            for (IncludeContext c : q.include()) {
                withContext(c).forEach(m -> merged.putIfAbsent(m.id(), m));
            }
            List<Message> items = new ArrayList<>(merged.values());
            items.sort(order);
            return new Page<>(items, page.total(), page.page(), page.perPage(), page.hasMore());
        });
    }

    private static boolean matches(MessageQuery q, Message m) {
        return (q.resourceId() == null || q.resourceId().equals(m.resourceId()))
                && (q.from() == null || !m.createdAt().isBefore(q.from()))
                && (q.to() == null || !m.createdAt().isAfter(q.to()));
    }

    /** The message and its neighbours in its own thread; nothing when it does not exist. */
    private List<Message> withContext(IncludeContext c) {
        Message hit = db.messages.get(c.messageId());
        if (hit == null) {
            return List.of();
        }
        List<Message> thread = threadMessages(hit.threadId());
        int at = thread.indexOf(hit);
        return thread.subList(Math.max(0, at - c.before()), (int) Math.min(thread.size(), (long) at + c.after() + 1));
    }

    @Override
    public List<Message> getMessages(Collection<String> messageIds) {
        checkOpen.run();
        return db.locked(() -> {
            List<Message> out = new ArrayList<>();
            for (String id : new LinkedHashSet<>(messageIds)) {
                Message m = db.messages.get(id);
                if (m != null) {
                    out.add(m);
                }
            }
            out.sort(MESSAGE_ORDER);
            return out;
        });
    }

    @Override
    public List<Message> updateMessages(List<MessageUpdate> updates) {
        checkOpen.run();
        return db.locked(() -> {
            // check everything first so that a bad update writes nothing
            for (MessageUpdate u : updates) {
                if (!db.messages.containsKey(u.id())) {
                    throw new NotFoundException("message '" + u.id() + "' does not exist", "save it with saveMessages first");
                }
                if (u.threadId() != null) {
                    requireThread(u.threadId());
                }
            }
            Set<String> touched = new LinkedHashSet<>();
            List<Message> out = new ArrayList<>(updates.size());
            for (MessageUpdate u : updates) {
                Message old = db.messages.get(u.id());
                Message updated = u.applyTo(old);
                put(updated);
                touched.add(old.threadId());
                touched.add(updated.threadId());
                out.add(updated);
            }
            touch(touched);
            return out;
        });
    }

    @Override
    public void deleteMessages(Collection<String> messageIds) {
        checkOpen.run();
        db.locked(() -> {
            Set<String> touched = new LinkedHashSet<>();
            for (String id : messageIds) {
                Message m = db.messages.remove(id);
                if (m != null) {
                    Set<String> ids = db.messagesByThread.get(m.threadId());
                    if (ids != null) {
                        ids.remove(id);
                    }
                    touched.add(m.threadId());
                }
            }
            touch(touched);
        });
    }

    // ---- resources -------------------------------------------------------------------

    @Override
    public Optional<MemoryResource> getResource(String resourceId) {
        checkOpen.run();
        return db.locked(() -> Optional.ofNullable(db.resources.get(resourceId)));
    }

    @Override
    public MemoryResource saveResource(MemoryResource r) {
        checkOpen.run();
        return db.locked(() -> {
            MemoryResource old = db.resources.get(r.id());
            Instant created = old != null ? old.createdAt() : millis(r.createdAt());
            MemoryResource stored = new MemoryResource(r.id(), r.workingMemory(), Frozen.metadata(r.metadata()), created, millis(r.updatedAt()));
            db.resources.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public MemoryResource updateResource(String resourceId, String workingMemory, Map<String, Object> metadata) {
        checkOpen.run();
        return db.locked(() -> {
            Instant now = now();
            MemoryResource old = db.resources.get(resourceId);
            MemoryResource stored = old == null
                    ? new MemoryResource(resourceId, workingMemory, Frozen.metadata(metadata), now, now)
                    : new MemoryResource(resourceId, workingMemory != null ? workingMemory : old.workingMemory(),
                            Frozen.merge(old.metadata(), metadata), old.createdAt(), now);
            db.resources.put(resourceId, stored);
            return stored;
        });
    }

    // ---- helpers (called under the lock) -----------------------------------------------

    private MemoryThread requireThread(String threadId) {
        MemoryThread t = db.threads.get(threadId);
        if (t == null) {
            throw new NotFoundException("thread '" + threadId + "' does not exist", "create it with saveThread first");
        }
        return t;
    }

    /** Stores a message and keeps the per-thread index right when it moves between threads. */
    private void put(Message m) {
        db.putMessage(m);
    }

    private List<Message> threadMessages(String threadId) {
        List<Message> out = new ArrayList<>();
        for (String id : db.messagesByThread.getOrDefault(threadId, Set.of())) {
            out.add(db.messages.get(id));
        }
        out.sort(MESSAGE_ORDER);
        return out;
    }

    private void touch(Collection<String> threadIds) {
        Instant now = now();
        for (String id : threadIds) {
            MemoryThread t = db.threads.get(id);
            if (t != null) {
                db.threads.put(id, new MemoryThread(t.id(), t.resourceId(), t.title(), t.metadata(), t.createdAt(), now));
            }
        }
    }

    static <T> Page<T> page(List<T> sorted, int page, int perPage) {
        long from = (long) page * perPage;
        int size = sorted.size();
        List<T> items = from >= size ? List.of() : sorted.subList((int) from, (int) Math.min(size, from + perPage));
        return new Page<>(items, size, page, perPage, from + perPage < size);
    }
}
