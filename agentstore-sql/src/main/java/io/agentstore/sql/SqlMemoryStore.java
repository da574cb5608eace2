package io.agentstore.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.agentstore.Page;
import io.agentstore.SortDirection;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.ConflictException;
import io.agentstore.error.InvalidInputException;
import io.agentstore.error.NotFoundException;
import io.agentstore.internal.Json;
import io.agentstore.memory.CloneRequest;
import io.agentstore.memory.CloneResult;
import io.agentstore.memory.IncludeContext;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.MessageUpdate;
import io.agentstore.memory.ResourceSummary;
import io.agentstore.memory.ThreadQuery;

/**
 * The memory domain in SQL, written once for every {@link Dialect}.
 *
 * <p>Over a transport without interactive transactions ({@link SqlClient#interactiveTransactions()}
 * false: Cloudflare D1's REST API) no operation holds a transaction open while it reads and
 * decides. Each one is instead a single atomic batch ({@link SqlClient#atomic}):
 * <ul>
 * <li>writes whose precondition can be checked by the database go in one batch behind a guard
 *     statement ({@link Dialect#guard}): appending messages checks in the same batch that every
 *     thread exists, so a missing thread writes nothing;</li>
 * <li>writes that need no read are batched as they are (deleting a thread with its messages,
 *     deleting messages and touching their threads);</li>
 * <li>read-modify-writes (merging metadata, editing messages) read, compute, and write with a
 *     compare-and-set on every column they read (a guard, or the UPDATE's WHERE); when another
 *     writer changed the rows in between, nothing is written and the operation reads again
 *     ({@link Limits#optimistic}). The result is the same as the serialised transaction on JDBC:
 *     no lost update, no partial write.</li>
 * </ul>
 */
final class SqlMemoryStore implements MemoryStore {
    private static final Comparator<Message> CHRONOLOGICAL = Comparator.comparing(Message::createdAt).thenComparing(Message::id);
    /** Ids per {@code IN (…)} list: well under every engine's parameter limit. */
    private static final int IN_CHUNK = 500;
    /** Columns of a message row, without the zoned creation time some dialects add. */
    private static final int MESSAGE_COLUMNS = 7;

    private final SqlClient client;
    private final Dialect d;
    private final TableNames t;
    final String threadCols;
    final String messageCols;
    final String resourceCols;
    private final String touchThreadsPrefix;
    /** Select-list item for the stored creation time, as every read sees it. */
    private final String createdAt;
    /** Statements that do not vary per call, built once. */
    private final String threadInsert;
    private final String threadUpsert;
    private final String resourceInsert;
    private final String resourceUpsert;
    private final String messageInsertCols;
    private final String messageUpsertTail;
    /** The messages' stored time column, for ORDER BY and comparisons. */
    private final String byTime;
    /** True over a transport without interactive transactions: every operation is one atomic batch. */
    private final boolean atomicOnly;
    /** Ids per {@code IN (…)} list, within the dialect's parameter limit. */
    private final int inChunk;
    /**
     * The one-thread append statement by message count (up to 100, at most about 0.5 MB of text
     * if every count is used), built on first use; a race only builds one twice.
     */
    private final AtomicReferenceArray<String> oneThreadAppends = new AtomicReferenceArray<>(101);

    SqlMemoryStore(SqlClient client, Dialect dialect, TableNames names) {
        this.client = client;
        this.d = dialect;
        this.t = names;
        boolean z = d.hasZoneColumns();
        this.threadCols = cols("id", "resourceId", "title") + ", " + d.selectJson("metadata") + ", " + d.selectTime("createdAt", z) + ", "
                + d.selectTime("updatedAt", z);
        this.messageCols = cols("id", "thread_id", "content", "role", "type", "resourceId") + ", " + d.selectTime("createdAt", z);
        this.resourceCols = cols("id", "workingMemory") + ", " + d.selectJson("metadata") + ", " + d.selectTime("createdAt", z) + ", "
                + d.selectTime("updatedAt", z);
        this.createdAt = d.selectTime("createdAt", z);
        String zc = z ? ", " + q("createdAtZ") + ", " + q("updatedAtZ") : "";
        String zm = z ? ", ?, ?" : "";
        List<String> zu = z ? List.of("updatedAtZ") : List.of();
        this.threadInsert = "INSERT INTO " + t.threads() + " (" + cols("id", "resourceId", "title", "metadata", "createdAt", "updatedAt") + zc
                + ") VALUES (?, ?, ?, " + d.jsonParam() + ", ?, ?" + zm + ")";
        this.threadUpsert = threadInsert + d.upsertTail(List.of("id"), concat(List.of("resourceId", "title", "metadata", "updatedAt"), zu));
        this.resourceInsert = "INSERT INTO " + t.resources() + " (" + cols("id", "workingMemory", "metadata", "createdAt", "updatedAt") + zc
                + ") VALUES (?, ?, " + d.jsonParam() + ", ?, ?" + zm + ")";
        this.resourceUpsert = resourceInsert + d.upsertTail(List.of("id"), concat(List.of("workingMemory", "metadata", "updatedAt"), zu));
        this.messageInsertCols = cols("id", "thread_id", "content", "role", "type", "createdAt", "resourceId") + (z ? ", " + q("createdAtZ") : "");
        this.messageUpsertTail = d.upsertTail(List.of("id"), List.of("thread_id", "content", "role", "type", "resourceId"));
        // Qualified, so that ORDER BY uses the indexed column and not a select-list alias of the same name.
        this.byTime = t.messages() + "." + q("createdAt");
        this.touchThreadsPrefix = "UPDATE " + t.threads() + " SET " + q("updatedAt") + " = ?"
                + (d.hasZoneColumns() ? ", " + q("updatedAtZ") + " = ?" : "") + " WHERE id IN (";
        this.atomicOnly = !client.interactiveTransactions();
        this.inChunk = Math.max(1, Math.min(IN_CHUNK, d.maxParameters() - 4));
    }

    // ---- threads ---------------------------------------------------------------------

    @Override
    public Optional<MemoryThread> getThread(String threadId) {
        return client.query("SELECT " + threadCols + " FROM " + t.threads() + " WHERE id = ?", List.of(threadId), this::thread)
                .stream().findFirst();
    }

    @Override
    public MemoryThread saveThread(MemoryThread th) {
        List<Object> params = threadParams(th);
        Limits.checkSize(d, "thread.metadata", (String) params.get(3));
        Instant created = upsertKeepingCreatedAt(threadUpsert, t.threads(), params, th.id());
        return th.withTimes(created, d.truncate(th.updatedAt()));
    }

    @Override
    public MemoryThread updateThread(String threadId, String title, Map<String, Object> metadata) {
        if (atomicOnly) {
            return updateThreadAtomically(threadId, title, metadata);
        }
        return client.inTransaction(s -> {
            MemoryThread cur = s.query("SELECT " + threadCols + " FROM " + t.threads() + " WHERE id = ?" + d.forUpdate(),
                    List.of(threadId), this::thread).stream().findFirst()
                    .orElseThrow(() -> notFound("thread", threadId));
            Map<String, Object> merged = merge(cur.metadata(), metadata);
            Instant now = d.now();
            String mergedJson = Json.write(merged);
            Limits.checkSize(d, "metadata", mergedJson);
            List<Object> p = new ArrayList<>(List.of(title != null ? title : cur.title(), mergedJson, d.time(now)));
            if (d.hasZoneColumns()) {
                p.add(d.timeZ(now));
            }
            p.add(threadId);
            s.update("UPDATE " + t.threads() + " SET title = ?, metadata = " + d.jsonParam() + ", " + q("updatedAt") + " = ?"
                    + (d.hasZoneColumns() ? ", " + q("updatedAtZ") + " = ?" : "") + " WHERE id = ?", p);
            return new MemoryThread(threadId, cur.resourceId(), title != null ? title : cur.title(), merged, cur.createdAt(), now);
        });
    }

    @Override
    public void deleteThread(String threadId) {
        if (atomicOnly) {
            client.atomic(List.of(SqlStatement.update("DELETE FROM " + t.messages() + " WHERE thread_id = ?", List.of(threadId)),
                    SqlStatement.update("DELETE FROM " + t.threads() + " WHERE id = ?", List.of(threadId))));
            return;
        }
        client.inTransaction(s -> {
            s.update("DELETE FROM " + t.messages() + " WHERE thread_id = ?", List.of(threadId));
            return s.update("DELETE FROM " + t.threads() + " WHERE id = ?", List.of(threadId));
        });
    }

    @Override
    public Page<MemoryThread> listThreads(ThreadQuery qy) {
        Sql.Where w = new Sql.Where();
        if (qy.resourceId() != null) {
            w.and(q("resourceId") + " = ?", qy.resourceId());
        }
        qy.metadataFilter().forEach((k, v) -> w.and(d.jsonFieldEquals("metadata", k, v)));
        if (qy.search() != null) {
            // lower() on both sides: ASCII case-insensitive on every engine; '!' escapes LIKE's wildcards
            // (not '\\', which MySQL string literals would swallow).
            String pattern = "%" + asciiLower(qy.search()).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            w.and("(LOWER(" + q("title") + ") LIKE ? ESCAPE '!' OR LOWER(" + t.threads() + ".id) LIKE ? ESCAPE '!')", pattern, pattern);
        }
        String orderCol = t.threads() + "." + q(qy.orderBy() == ThreadQuery.OrderField.UPDATED_AT ? "updatedAt" : "createdAt");
        String dir = qy.direction() == SortDirection.ASC ? " ASC" : " DESC";
        return Pages.page(client, t.threads(), threadCols, w, " ORDER BY " + orderCol + dir + ", " + t.threads() + ".id" + dir, qy.page(), qy.perPage(), this::thread);
    }

    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
        return b.toString();
    }

    /**
     * Resource ids from the threads and from the resources table: a resource with working memory
     * but no thread is listed too. The newest {@code updatedAt} of either is its last activity.
     */
    @Override
    public Page<ResourceSummary> listResources(int page, int perPage) {
        boolean z = d.hasZoneColumns();
        String ids = "SELECT " + d.exactText(q("resourceId")) + " AS rid, 1 AS n, " + d.selectTime("updatedAt", z) + " FROM " + t.threads()
                + " UNION ALL SELECT " + d.exactText("id") + ", 0, " + d.selectTime("updatedAt", z) + " FROM " + t.resources();
        long offset = (long) page * perPage;
        List<ResourceSummary> items = client.query("SELECT u.rid AS rid, SUM(u.n) AS n, MAX(u." + q("updatedAt") + ") AS " + q("updatedAt")
                + " FROM (" + ids + ") u GROUP BY u.rid ORDER BY MAX(u." + q("updatedAt") + ") DESC, u.rid ASC LIMIT " + perPage
                + (offset == 0 ? "" : " OFFSET " + offset), List.of(),
                r -> new ResourceSummary(r.string("rid"), r.longValue("n"), d.readTime(r, "updatedAt")));
        long total = items.size() < perPage && (offset == 0 || !items.isEmpty()) ? offset + items.size()
                : client.query("SELECT count(DISTINCT u.rid) AS n FROM (" + ids + ") u", List.of(), r -> r.longValue("n")).get(0);
        return new Page<>(items, total, page, perPage, offset + items.size() < total);
    }

    @Override
    public CloneResult cloneThread(CloneRequest r) {
        if (atomicOnly) {
            return cloneThreadAtomically(r);
        }
        return client.inTransaction(s -> {
            MemoryThread src = s.query("SELECT " + threadCols + " FROM " + t.threads() + " WHERE id = ?", List.of(r.sourceThreadId()), this::thread)
                    .stream().findFirst().orElseThrow(() -> notFound("thread", r.sourceThreadId()));
            String newId = r.newThreadId() != null ? r.newThreadId() : UUID.randomUUID().toString();
            if (!s.query("SELECT id FROM " + t.threads() + " WHERE id = ?", List.of(newId), row -> row.string("id")).isEmpty()) {
                throw new ConflictException("thread " + newId + " already exists", "pick another newThreadId, or leave it null for a random one");
            }
            List<Message> source;
            if (r.messageLimit() == null) {
                source = s.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE thread_id = ? ORDER BY "
                        + byTime + " ASC, id ASC", List.of(src.id()), this::message);
            } else {
                source = new ArrayList<>(s.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE thread_id = ? ORDER BY "
                        + byTime + " DESC, id DESC LIMIT ?", List.of(src.id(), r.messageLimit()), this::message));
                Collections.reverse(source);
            }
            CloneResult result = cloneOf(src, r, newId, source);
            s.update(threadInsert, threadParams(result.thread()));
            upsertMessages(s, result.messages());
            return result;
        });
    }

    /** The copy of {@code src} and of its {@code source} messages that a clone writes. */
    private CloneResult cloneOf(MemoryThread src, CloneRequest r, String newId, List<Message> source) {
        Instant now = d.now();
        Map<String, Object> cloneInfo = new LinkedHashMap<>();
        cloneInfo.put("sourceThreadId", src.id());
        cloneInfo.put("clonedAt", now.toString());
        if (!source.isEmpty()) {
            cloneInfo.put("lastMessageId", source.get(source.size() - 1).id());
        }
        Map<String, Object> meta = merge(src.metadata(), r.metadata());
        meta = new LinkedHashMap<>(meta);
        meta.put("clone", cloneInfo);
        String resourceId = r.resourceId() != null ? r.resourceId() : src.resourceId();
        MemoryThread copy = new MemoryThread(newId, resourceId, r.title() != null ? r.title() : "Clone of " + src.title(), meta, now, now);
        Limits.checkSize(d, "request.metadata", Json.write(meta));
        List<Message> copies = source.stream()
                .map(m -> new Message(UUID.randomUUID().toString(), newId, resourceId, m.role(), m.type(), m.content(), m.createdAt()))
                .toList();
        return new CloneResult(copy, copies);
    }

    private List<Object> threadParams(MemoryThread th) {
        List<Object> p = new ArrayList<>(List.of(th.id(), th.resourceId(), th.title(), Json.write(th.metadata()),
                d.time(th.createdAt()), d.time(th.updatedAt())));
        if (d.hasZoneColumns()) {
            p.add(d.timeZ(th.createdAt()));
            p.add(d.timeZ(th.updatedAt()));
        }
        return p;
    }

    // ---- messages --------------------------------------------------------------------

    @Override
    public List<Message> saveMessages(List<Message> messages) {
        Set<String> threadIds = new LinkedHashSet<>();
        messages.forEach(m -> threadIds.add(m.threadId()));
        if (d.maxValueBytes() != Long.MAX_VALUE) { // skip building field names on the hot path where nothing is limited
            for (int i = 0; i < messages.size(); i++) {
                Limits.checkSize(d, "messages[" + i + "].content", messages.get(i).content().json());
            }
        }
        Map<String, Instant> stored;
        if (atomicOnly) {
            stored = appendAtomically(messages, threadIds);
        } else if (d.supportsWritableCte() && d.supportsReturning() && threadIds.size() <= IN_CHUNK
                && messages.size() <= d.maxParameters() / (MESSAGE_COLUMNS + 1) - IN_CHUNK) {
            stored = appendInOneStatement(messages, threadIds);
        } else {
            stored = client.inTransaction(s -> {
                // Row locks in one global order (sorted ids), so two batches over the same threads never deadlock.
                touchThreads(s, new java.util.TreeSet<>(threadIds), true);
                return upsertMessages(s, messages);
            });
        }
        return messages.stream().map(m -> {
            Instant c = stored.get(m.id());
            return c == null || c.equals(m.createdAt()) ? m : m.withCreatedAt(c);
        }).toList();
    }

    /**
     * The hot path of an agent turn where the database allows it: the threads' {@code updatedAt}
     * and the message upsert in one atomic statement and one round trip. The update and the
     * insert only happen when every thread exists; otherwise nothing is written and the missing
     * thread is looked up to name it.
     */
    private Map<String, Instant> appendInOneStatement(List<Message> messages, Set<String> threadIds) {
        boolean z = d.hasZoneColumns();
        boolean several = threadIds.size() > 1;
        String sql;
        if (!several && messages.size() < oneThreadAppends.length()) {
            // An agent turn appends one or a few messages to one thread: the same text every time,
            // so it is built once and the driver finds its prepared statement by the same String.
            sql = oneThreadAppends.get(messages.size());
            if (sql == null) {
                sql = appendSql(1, messages.size());
                oneThreadAppends.set(messages.size(), sql);
            }
        } else {
            sql = appendSql(threadIds.size(), messages.size());
        }
        Instant now = d.now();
        List<Object> p = new ArrayList<>(threadIds.size() * 2 + messages.size() * (MESSAGE_COLUMNS + 1) + 4);
        if (several) {
            p.addAll(threadIds);
        }
        p.add(d.time(now));
        if (z) {
            p.add(d.timeZ(now));
        }
        p.addAll(threadIds);
        if (several) {
            p.add(threadIds.size());
        }
        messages.forEach(m -> addMessageParams(p, m));
        p.add(threadIds.size());
        Map<String, Instant> stored = new HashMap<>();
        client.write(sql, p, r -> stored.put(r.string("id"), d.readTime(r, "createdAt")));
        if (stored.isEmpty()) {
            throw missingThread(client, new ArrayList<>(threadIds));
        }
        return stored;
    }

    /** The statement of {@link #appendInOneStatement} for {@code threads} distinct threads and {@code messages} messages. */
    private String appendSql(int threads, int messages) {
        String in = Sql.marks(threads);
        boolean z = d.hasZoneColumns();
        // With several threads, a missing one must stop the update of the others too; with one, the update finds nothing.
        boolean several = threads > 1;
        StringBuilder sql = new StringBuilder(256 + messages * 64).append("WITH ");
        if (several) {
            sql.append("expected AS (SELECT count(*) AS n FROM ").append(t.threads()).append(" WHERE id IN (").append(in).append(")), ");
        }
        sql.append("touched AS (UPDATE ").append(t.threads()).append(" SET ").append(q("updatedAt")).append(" = ?")
                .append(z ? ", " + q("updatedAtZ") + " = ?" : "")
                .append(" WHERE id IN (").append(in).append(")").append(several ? " AND (SELECT n FROM expected) = ?" : "")
                .append(" RETURNING id) ")
                .append("INSERT INTO ").append(t.messages()).append(" (").append(messageInsertCols).append(") SELECT * FROM (VALUES ");
        String row = "(?, ?, ?, ?, ?, " + d.timePlaceholder(false) + ", ?" + (z ? ", " + d.timePlaceholder(true) : "") + ")";
        for (int i = 0; i < messages; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        sql.append(") AS v (").append(messageInsertCols).append(") WHERE (SELECT count(*) FROM touched) = ?")
                .append(messageUpsertTail).append(" RETURNING id, ").append(createdAt);
        return sql.toString();
    }

    private void addMessageParams(List<Object> p, Message m) {
        p.add(m.id());
        p.add(m.threadId());
        p.add(m.content().json());
        p.add(m.role());
        p.add(m.type());
        p.add(d.time(m.createdAt()));
        p.add(m.resourceId());
        if (d.hasZoneColumns()) {
            p.add(d.timeZ(m.createdAt()));
        }
    }

    /** Sets {@code updatedAt} of the threads; with {@code mustExist}, a missing one is a {@link NotFoundException}. */
    private void touchThreads(SqlSession s, Collection<String> threadIds, boolean mustExist) {
        Instant now = d.now();
        for (List<String> chunk : Sql.chunks(threadIds, inChunk)) {
            List<Object> p = new ArrayList<>(chunk.size() + 2);
            p.add(d.time(now));
            if (d.hasZoneColumns()) {
                p.add(d.timeZ(now));
            }
            p.addAll(chunk);
            int n = s.update(touchThreadsPrefix + Sql.marks(chunk.size()) + ")", p);
            if (mustExist && n < chunk.size()) {
                throw missingThread(s, chunk);
            }
        }
    }

    /** Names the first of {@code threadIds} that does not exist; only reads. */
    private NotFoundException missingThread(SqlSession s, List<String> threadIds) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : Sql.chunks(threadIds, inChunk)) {
            found.addAll(s.query("SELECT id FROM " + t.threads() + " WHERE id IN (" + Sql.marks(chunk.size()) + ")", chunk, r -> r.string("id")));
        }
        String missing = threadIds.stream().filter(id -> !found.contains(id)).findFirst().orElse("?");
        return new NotFoundException("thread " + missing + " does not exist; nothing was saved",
                "save the thread first with saveThread(MemoryThread.of(id, resourceId, title))");
    }

    /** Multi-row upsert; returns the stored {@code createdAt} of each id (the first save's, for ids that existed). */
    private Map<String, Instant> upsertMessages(SqlSession s, List<Message> messages) {
        int columns = MESSAGE_COLUMNS + (d.hasZoneColumns() ? 1 : 0);
        String rowMarks = "(" + Sql.marks(columns) + ")";
        String head = "INSERT INTO " + t.messages() + " (" + messageInsertCols + ") VALUES ";
        Map<String, Instant> stored = new HashMap<>();
        for (List<Message> chunk : chunks(messages, d.maxParameters() / columns, d.maxStatementChars())) {
            StringBuilder sql = new StringBuilder(head.length() + chunk.size() * (rowMarks.length() + 2) + messageUpsertTail.length() + 32)
                    .append(head);
            List<Object> p = new ArrayList<>(chunk.size() * columns);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(rowMarks);
                addMessageParams(p, chunk.get(i));
            }
            sql.append(messageUpsertTail);
            if (d.supportsReturning()) {
                sql.append(" RETURNING id, ").append(createdAt);
                s.query(sql.toString(), p, r -> stored.put(r.string("id"), d.readTime(r, "createdAt")));
            } else {
                s.update(sql.toString(), p);
                for (List<Message> ids : Sql.chunks(chunk, inChunk)) {
                    List<String> idList = ids.stream().map(Message::id).toList();
                    s.query("SELECT id, " + createdAt + " FROM " + t.messages() + " WHERE id IN (" + Sql.marks(idList.size()) + ")",
                            idList, r -> stored.put(r.string("id"), d.readTime(r, "createdAt")));
                }
            }
        }
        return stored;
    }

    @Override
    public Page<Message> listMessages(MessageQuery qy) {
        if (qy.threadIds().size() > d.maxParameters() - 4) {
            throw new InvalidInputException("query.threadIds", "lists " + qy.threadIds().size() + " threads but " + d.product()
                    + " allows at most " + d.maxParameters() + " parameters in one statement",
                    "list at most " + (d.maxParameters() - 4) + " threads per call and merge the pages");
        }
        Sql.Where w = new Sql.Where().in("thread_id", qy.threadIds());
        if (qy.resourceId() != null) {
            w.and(q("resourceId") + " = ?", qy.resourceId());
        }
        if (qy.from() != null) {
            w.and(q("createdAt") + " >= ?", d.time(qy.from()));
        }
        if (qy.to() != null) {
            w.and(q("createdAt") + " <= ?", d.time(qy.to()));
        }
        Page<Message> main;
        SortDirection dir;
        if (qy.last() != null) {
            dir = SortDirection.ASC;
            main = newest(w, qy.last());
        } else {
            dir = qy.direction();
            String sd = dir == SortDirection.ASC ? " ASC" : " DESC";
            main = Pages.page(client, t.messages(), messageCols, w, " ORDER BY " + byTime + sd + ", id" + sd, qy.page(), qy.perPage(), this::message);
        }
        if (qy.include().isEmpty()) {
            return main;
        }
        Map<String, Message> all = new LinkedHashMap<>();
        main.items().forEach(m -> all.put(m.id(), m));
        for (IncludeContext c : qy.include()) {
            context(c).forEach(m -> all.putIfAbsent(m.id(), m));
        }
        List<Message> items = new ArrayList<>(all.values());
        items.sort(dir == SortDirection.ASC ? CHRONOLOGICAL : CHRONOLOGICAL.reversed());
        return new Page<>(items, main.total(), main.page(), main.perPage(), main.hasMore());
    }

    /**
     * The newest {@code n} matches, oldest first. One indexed read of n + 1 rows, whatever the
     * thread's length: the total is only known (and reported) when there is nothing more.
     */
    private Page<Message> newest(Sql.Where w, int n) {
        // The limit is a validated int, inlined so the database plans the statement once.
        List<Message> rows = new ArrayList<>(client.query("SELECT " + messageCols + " FROM " + t.messages() + w.sql()
                + " ORDER BY " + byTime + " DESC, id DESC LIMIT " + (n + 1), w.params(), this::message));
        boolean more = rows.size() > n;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        Collections.reverse(rows);
        return new Page<>(rows, more ? -1 : rows.size(), 0, n, more);
    }

    /** A message with {@code before} older and {@code after} newer neighbours of its own thread. */
    private List<Message> context(IncludeContext c) {
        Optional<Message> target = client.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE id = ?",
                List.of(c.messageId()), this::message).stream().findFirst();
        if (target.isEmpty()) {
            return List.of();
        }
        Message m = target.get();
        List<Message> out = new ArrayList<>();
        out.add(m);
        Object at = d.time(m.createdAt());
        String ca = byTime;
        if (c.before() > 0) {
            out.addAll(client.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE thread_id = ? AND (" + ca + " < ? OR ("
                    + ca + " = ? AND id < ?)) ORDER BY " + ca + " DESC, id DESC LIMIT ?",
                    List.of(m.threadId(), at, at, m.id(), c.before()), this::message));
        }
        if (c.after() > 0) {
            out.addAll(client.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE thread_id = ? AND (" + ca + " > ? OR ("
                    + ca + " = ? AND id > ?)) ORDER BY " + ca + " ASC, id ASC LIMIT ?",
                    List.of(m.threadId(), at, at, m.id(), c.after()), this::message));
        }
        return out;
    }

    @Override
    public List<Message> getMessages(Collection<String> messageIds) {
        List<Message> out = new ArrayList<>();
        for (List<String> chunk : Sql.chunks(new LinkedHashSet<>(messageIds), inChunk)) {
            out.addAll(client.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE id IN (" + Sql.marks(chunk.size()) + ")",
                    chunk, this::message));
        }
        out.sort(CHRONOLOGICAL);
        return out;
    }

    @Override
    public List<Message> updateMessages(List<MessageUpdate> updates) {
        if (atomicOnly) {
            return Limits.optimistic("messages " + updates.stream().map(MessageUpdate::id).distinct().limit(3).toList(),
                    () -> updateMessagesOnce(updates));
        }
        return client.inTransaction(s -> {
            MessageEdit edit = readAndApply(s, updates, d.forUpdate());
            Map<String, Message> next = edit.next();
            Set<String> touched = edit.touched();
            Set<String> targets = edit.targets();
            touchThreads(s, targets, true);
            s.batch("UPDATE " + t.messages() + " SET thread_id = ?, content = ?, role = ?, type = ?, " + q("resourceId") + " = ? WHERE id = ?",
                    next.values().stream().map(m -> Arrays.<Object>asList(m.threadId(), m.content().json(), m.role(), m.type(),
                            m.resourceId(), m.id())).toList());
            touchThreads(s, touched, false);
            return updates.stream().map(u -> next.get(u.id())).toList();
        });
    }

    @Override
    public void deleteMessages(Collection<String> messageIds) {
        if (atomicOnly) {
            deleteMessagesAtomically(messageIds);
            return;
        }
        client.inTransaction(s -> {
            for (List<String> chunk : Sql.chunks(new LinkedHashSet<>(messageIds), inChunk)) {
                String in = " WHERE id IN (" + Sql.marks(chunk.size()) + ")";
                Set<String> threads = new LinkedHashSet<>(s.query("SELECT DISTINCT thread_id FROM " + t.messages() + in, chunk,
                        r -> r.string("thread_id")));
                if (!threads.isEmpty()) {
                    s.update("DELETE FROM " + t.messages() + in, chunk);
                    touchThreads(s, threads, false);
                }
            }
            return null;
        });
    }

    // ---- resources -------------------------------------------------------------------

    @Override
    public Optional<MemoryResource> getResource(String resourceId) {
        return client.query("SELECT " + resourceCols + " FROM " + t.resources() + " WHERE id = ?", List.of(resourceId), this::resource)
                .stream().findFirst();
    }

    @Override
    public MemoryResource saveResource(MemoryResource r) {
        List<Object> params = resourceParams(r);
        Limits.checkSize(d, "resource.workingMemory", r.workingMemory());
        Limits.checkSize(d, "resource.metadata", (String) params.get(2));
        Instant created = upsertKeepingCreatedAt(resourceUpsert, t.resources(), params, r.id());
        return new MemoryResource(r.id(), r.workingMemory(), r.metadata(), created, d.truncate(r.updatedAt()));
    }

    private List<Object> resourceParams(MemoryResource r) {
        List<Object> p = new ArrayList<>(Arrays.asList(r.id(), r.workingMemory(), Json.write(r.metadata()), d.time(r.createdAt()),
                d.time(r.updatedAt())));
        if (d.hasZoneColumns()) {
            p.add(d.timeZ(r.createdAt()));
            p.add(d.timeZ(r.updatedAt()));
        }
        return p;
    }

    @Override
    public MemoryResource updateResource(String resourceId, String workingMemory, Map<String, Object> metadata) {
        Limits.checkSize(d, "workingMemory", workingMemory);
        if (atomicOnly) {
            return updateResourceAtomically(resourceId, workingMemory, metadata);
        }
        return client.inTransaction(s -> {
            Instant now = d.now();
            s.update(resourceInsert + d.insertIgnoreTail(List.of("id")), resourceParams(new MemoryResource(resourceId, null, Map.of(), now, now)));
            MemoryResource cur = s.query("SELECT " + resourceCols + " FROM " + t.resources() + " WHERE id = ?" + d.forUpdate(),
                    List.of(resourceId), this::resource).get(0);
            String wm = workingMemory != null ? workingMemory : cur.workingMemory();
            Map<String, Object> merged = merge(cur.metadata(), metadata);
            String mergedJson = Json.write(merged);
            Limits.checkSize(d, "metadata", mergedJson);
            List<Object> p = new ArrayList<>(Arrays.asList(wm, mergedJson, d.time(now)));
            if (d.hasZoneColumns()) {
                p.add(d.timeZ(now));
            }
            p.add(resourceId);
            s.update("UPDATE " + t.resources() + " SET " + q("workingMemory") + " = ?, metadata = " + d.jsonParam() + ", "
                    + q("updatedAt") + " = ?" + (d.hasZoneColumns() ? ", " + q("updatedAtZ") + " = ?" : "") + " WHERE id = ?", p);
            return new MemoryResource(resourceId, wm, merged, cur.createdAt(), now);
        });
    }

    // ---- transports without interactive transactions (Cloudflare D1) --------------------------

    /** The time columns set to {@code now} by an update: {@code updatedAt}, and {@code updatedAtZ} where the dialect has it. */
    private String setUpdatedAt() {
        return q("updatedAt") + " = ?" + (d.hasZoneColumns() ? ", " + q("updatedAtZ") + " = ?" : "");
    }

    private void addNow(List<Object> p, Instant now) {
        p.add(d.time(now));
        if (d.hasZoneColumns()) {
            p.add(d.timeZ(now));
        }
    }

    /** Statements setting {@code updatedAt} of the threads to {@code now}, within the parameter limit. */
    private List<SqlStatement> touchStatements(Collection<String> threadIds, Instant now) {
        List<SqlStatement> out = new ArrayList<>();
        for (List<String> chunk : Sql.chunks(threadIds, inChunk)) {
            List<Object> p = new ArrayList<>(chunk.size() + 2);
            addNow(p, now);
            p.addAll(chunk);
            out.add(SqlStatement.update(touchThreadsPrefix + Sql.marks(chunk.size()) + ")", p));
        }
        return out;
    }

    /** Guards that every one of {@code threadIds} exists. */
    private List<SqlStatement> threadsExist(Collection<String> threadIds) {
        List<SqlStatement> out = new ArrayList<>();
        for (List<String> chunk : Sql.chunks(threadIds, inChunk)) {
            out.add(d.guard("(SELECT count(*) FROM " + t.threads() + " WHERE id IN (" + Sql.marks(chunk.size()) + ")) = " + chunk.size(), chunk));
        }
        return out;
    }

    /** Multi-row message upserts within the parameter limit, each returning the stored {@code createdAt} per id. */
    private List<SqlStatement> messageUpserts(List<Message> messages) {
        int columns = MESSAGE_COLUMNS + (d.hasZoneColumns() ? 1 : 0);
        String rowMarks = "(" + Sql.marks(columns) + ")";
        String head = "INSERT INTO " + t.messages() + " (" + messageInsertCols + ") VALUES ";
        String tail = messageUpsertTail + " RETURNING id, " + createdAt;
        RowMapper<Map.Entry<String, Instant>> stored = r -> Map.entry(r.string("id"), d.readTime(r, "createdAt"));
        List<SqlStatement> out = new ArrayList<>();
        for (List<Message> chunk : Sql.chunks(messages, Math.max(1, d.maxParameters() / columns))) {
            StringBuilder sql = new StringBuilder(head.length() + chunk.size() * (rowMarks.length() + 2) + tail.length()).append(head);
            List<Object> p = new ArrayList<>(chunk.size() * columns);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(rowMarks);
                addMessageParams(p, chunk.get(i));
            }
            out.add(SqlStatement.query(sql.append(tail).toString(), p, stored));
        }
        return out;
    }

    /** The stored {@code createdAt} per id, from the results of {@link #messageUpserts} starting at {@code first}. */
    private static Map<String, Instant> storedTimes(List<StatementResult> results, int first) {
        Map<String, Instant> stored = new HashMap<>();
        for (int i = first; i < results.size(); i++) {
            for (Map.Entry<String, Instant> e : results.get(i).<Map.Entry<String, Instant>>mapped()) {
                stored.put(e.getKey(), e.getValue());
            }
        }
        return stored;
    }

    /** One batch: every thread exists (else nothing is written), the threads are touched, the messages upserted. */
    private Map<String, Instant> appendAtomically(List<Message> messages, Set<String> threadIds) {
        List<SqlStatement> st = new ArrayList<>(threadsExist(threadIds));
        st.addAll(touchStatements(threadIds, d.now()));
        int first = st.size();
        st.addAll(messageUpserts(messages));
        try {
            return storedTimes(client.atomic(st), first);
        } catch (AgentStoreException e) {
            if (Dialect.isGuardFailure(e)) {
                throw missingThread(client, new ArrayList<>(threadIds));
            }
            throw e;
        }
    }

    /** A row as read, with the values its compare-and-set checks: it still holds when none of them changed. */
    private record Seen<T>(T value, List<Object> columns) {
    }

    private String casWhere(String... columnExpressions) {
        StringBuilder sb = new StringBuilder();
        for (String c : columnExpressions) {
            sb.append(" AND ").append(c).append(" IS ?");
        }
        return sb.toString();
    }

    private MemoryThread updateThreadAtomically(String threadId, String title, Map<String, Object> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            // Nothing to merge: one UPDATE sets the title and time and returns the row as it now is.
            List<Object> p = new ArrayList<>();
            p.add(title);
            addNow(p, d.now());
            p.add(threadId);
            return client.write("UPDATE " + t.threads() + " SET title = COALESCE(?, title), " + setUpdatedAt() + " WHERE id = ? RETURNING "
                    + threadCols, p, this::thread).stream().findFirst().orElseThrow(() -> notFound("thread", threadId));
        }
        String read = "SELECT " + threadCols + ", " + q("resourceId") + " AS cas_r, title AS cas_t, " + d.jsonText("metadata") + " AS cas_m, "
                + q("updatedAt") + " AS cas_u FROM " + t.threads() + " WHERE id = ?";
        String update = "UPDATE " + t.threads() + " SET title = ?, metadata = " + d.jsonParam() + ", " + setUpdatedAt() + " WHERE id = ?"
                + casWhere(q("resourceId"), "title", d.jsonText("metadata"), q("updatedAt"));
        return Limits.optimistic("thread " + threadId, () -> {
            Seen<MemoryThread> cur = client.query(read, List.of(threadId), r -> new Seen<>(thread(r),
                    Arrays.<Object>asList(r.string("cas_r"), r.string("cas_t"), r.string("cas_m"), r.string("cas_u"))))
                    .stream().findFirst().orElseThrow(() -> notFound("thread", threadId));
            Map<String, Object> merged = merge(cur.value().metadata(), metadata);
            String mergedJson = Json.write(merged);
            Limits.checkSize(d, "metadata", mergedJson);
            String newTitle = title != null ? title : cur.value().title();
            Instant now = d.now();
            List<Object> p = new ArrayList<>(List.of(newTitle, mergedJson));
            addNow(p, now);
            p.add(threadId);
            p.addAll(cur.columns());
            if (client.update(update, p) == 0) {
                return Optional.empty();
            }
            MemoryThread c = cur.value();
            return Optional.of(new MemoryThread(threadId, c.resourceId(), newTitle, merged, c.createdAt(), now));
        });
    }

    private CloneResult cloneThreadAtomically(CloneRequest r) {
        String newId = r.newThreadId() != null ? r.newThreadId() : UUID.randomUUID().toString();
        // The reads in one batch: one consistent snapshot of the source.
        List<SqlStatement> reads = new ArrayList<>();
        reads.add(SqlStatement.query("SELECT " + threadCols + " FROM " + t.threads() + " WHERE id = ?", List.of(r.sourceThreadId()), this::thread));
        reads.add(SqlStatement.query("SELECT id FROM " + t.threads() + " WHERE id = ?", List.of(newId), row -> row.string("id")));
        if (r.messageLimit() == null) {
            reads.add(SqlStatement.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE thread_id = ? ORDER BY " + byTime
                    + " ASC, id ASC", List.of(r.sourceThreadId()), this::message));
        } else {
            reads.add(SqlStatement.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE thread_id = ? ORDER BY " + byTime
                    + " DESC, id DESC LIMIT ?", List.of(r.sourceThreadId(), r.messageLimit()), this::message));
        }
        List<StatementResult> got = client.atomic(reads);
        MemoryThread src = got.get(0).<MemoryThread>mapped().stream().findFirst().orElseThrow(() -> notFound("thread", r.sourceThreadId()));
        if (!got.get(1).rows().isEmpty()) {
            throw new ConflictException("thread " + newId + " already exists", "pick another newThreadId, or leave it null for a random one");
        }
        List<Message> source = new ArrayList<>(got.get(2).<Message>mapped());
        if (r.messageLimit() != null) {
            Collections.reverse(source);
        }
        CloneResult result = cloneOf(src, r, newId, source);
        // A plain INSERT: should another writer create newId in between, it fails and nothing is written.
        List<SqlStatement> writes = new ArrayList<>();
        writes.add(SqlStatement.update(threadInsert, threadParams(result.thread())));
        writes.addAll(messageUpserts(result.messages()));
        client.atomic(writes);
        return result;
    }

    /** The messages an update reads, what they become, the threads they leave ({@code touched}) and the new threads they move to ({@code targets}). */
    private record MessageEdit(Map<String, Message> current, Map<String, Message> next, Set<String> touched, Set<String> targets) {
    }

    /** Reads the updated messages (with {@code lock} appended to the SELECT), applies the updates and checks the new contents' sizes. */
    private MessageEdit readAndApply(SqlSession s, List<MessageUpdate> updates, String lock) {
        Set<String> ids = new LinkedHashSet<>();
        updates.forEach(u -> ids.add(u.id()));
        Map<String, Message> current = new LinkedHashMap<>();
        for (List<String> chunk : Sql.chunks(ids, inChunk)) {
            s.query("SELECT " + messageCols + " FROM " + t.messages() + " WHERE id IN (" + Sql.marks(chunk.size()) + ")" + lock,
                    chunk, this::message).forEach(m -> current.put(m.id(), m));
        }
        for (String id : ids) {
            if (!current.containsKey(id)) {
                throw notFound("message", id);
            }
        }
        Set<String> touched = new LinkedHashSet<>();
        current.values().forEach(m -> touched.add(m.threadId()));
        Map<String, Message> next = new LinkedHashMap<>();
        for (MessageUpdate u : updates) {
            Message m = u.applyTo(next.getOrDefault(u.id(), current.get(u.id())));
            next.put(m.id(), m);
        }
        checkContentSizes(updates, next);
        Set<String> targets = new LinkedHashSet<>();
        next.values().forEach(m -> targets.add(m.threadId()));
        targets.removeAll(touched);
        return new MessageEdit(current, next, touched, targets);
    }

    /**
     * One optimistic attempt of {@link #updateMessages}: reads the messages, computes the edits,
     * and writes them behind guards that the messages are still as read and the target threads
     * exist. Empty when a guard failed (another writer was first): the caller reads again.
     */
    private Optional<List<Message>> updateMessagesOnce(List<MessageUpdate> updates) {
        MessageEdit edit = readAndApply(client, updates, "");
        Map<String, Message> current = edit.current();
        Map<String, Message> next = edit.next();
        Set<String> touched = edit.touched();
        Set<String> targets = edit.targets();
        if (!targets.isEmpty()) {
            Set<String> found = new HashSet<>();
            for (List<String> chunk : Sql.chunks(targets, inChunk)) {
                found.addAll(client.query("SELECT id FROM " + t.threads() + " WHERE id IN (" + Sql.marks(chunk.size()) + ")", chunk,
                        r -> r.string("id")));
            }
            if (!found.containsAll(targets)) {
                throw missingThread(client, new ArrayList<>(targets));
            }
        }
        List<SqlStatement> st = new ArrayList<>();
        String asRead = "(id = ? AND thread_id = ? AND content = ? AND role = ? AND type = ? AND " + q("resourceId") + " IS ?)";
        for (List<Message> chunk : Sql.chunks(current.values(), Math.max(1, d.maxParameters() / 6))) {
            List<Object> p = new ArrayList<>(chunk.size() * 6);
            StringBuilder any = new StringBuilder();
            for (Message m : chunk) {
                any.append(any.length() == 0 ? "" : " OR ").append(asRead);
                p.addAll(Arrays.asList(m.id(), m.threadId(), m.content().json(), m.role(), m.type(), m.resourceId()));
            }
            st.add(d.guard("(SELECT count(*) FROM " + t.messages() + " WHERE " + any + ") = " + chunk.size(), p));
        }
        st.addAll(threadsExist(targets));
        Instant now = d.now();
        st.addAll(touchStatements(targets, now));
        for (Message m : next.values()) {
            st.add(SqlStatement.update("UPDATE " + t.messages() + " SET thread_id = ?, content = ?, role = ?, type = ?, " + q("resourceId")
                    + " = ? WHERE id = ?", Arrays.asList(m.threadId(), m.content().json(), m.role(), m.type(), m.resourceId(), m.id())));
        }
        st.addAll(touchStatements(touched, now));
        try {
            client.atomic(st);
        } catch (AgentStoreException e) {
            if (Dialect.isGuardFailure(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(updates.stream().map(u -> next.get(u.id())).toList());
    }

    /** One batch: per chunk of ids, touch the threads of the messages that exist, then delete them. */
    private void deleteMessagesAtomically(Collection<String> messageIds) {
        List<SqlStatement> st = new ArrayList<>();
        Instant now = d.now();
        for (List<String> chunk : Sql.chunks(new LinkedHashSet<>(messageIds), inChunk)) {
            String in = " WHERE id IN (" + Sql.marks(chunk.size()) + ")";
            List<Object> p = new ArrayList<>(chunk.size() + 2);
            addNow(p, now);
            p.addAll(chunk);
            st.add(SqlStatement.update(touchThreadsPrefix + "SELECT thread_id FROM " + t.messages() + in + ")", p));
            st.add(SqlStatement.update("DELETE FROM " + t.messages() + in, chunk));
        }
        if (!st.isEmpty()) {
            client.atomic(st);
        }
    }

    private MemoryResource updateResourceAtomically(String resourceId, String workingMemory, Map<String, Object> metadata) {
        Instant created = d.now();
        SqlStatement ensure = SqlStatement.update(resourceInsert + d.insertIgnoreTail(List.of("id")),
                resourceParams(new MemoryResource(resourceId, null, Map.of(), created, created)));
        if (metadata == null || metadata.isEmpty()) {
            // Nothing to merge: create if missing and set the working memory in one batch, reading the row back.
            List<Object> p = new ArrayList<>();
            p.add(workingMemory);
            addNow(p, d.now());
            p.add(resourceId);
            SqlStatement set = SqlStatement.query("UPDATE " + t.resources() + " SET " + q("workingMemory") + " = COALESCE(?, "
                    + q("workingMemory") + "), " + setUpdatedAt() + " WHERE id = ? RETURNING " + resourceCols, p, this::resource);
            return client.atomic(List.of(ensure, set)).get(1).<MemoryResource>mapped().get(0);
        }
        client.atomic(List.of(ensure));
        String read = "SELECT " + resourceCols + ", " + q("workingMemory") + " AS cas_w, " + d.jsonText("metadata") + " AS cas_m, "
                + q("updatedAt") + " AS cas_u FROM " + t.resources() + " WHERE id = ?";
        String update = "UPDATE " + t.resources() + " SET " + q("workingMemory") + " = ?, metadata = " + d.jsonParam() + ", " + setUpdatedAt()
                + " WHERE id = ?" + casWhere(q("workingMemory"), d.jsonText("metadata"), q("updatedAt"));
        return Limits.optimistic("resource " + resourceId, () -> {
            Seen<MemoryResource> cur = client.query(read, List.of(resourceId), r -> new Seen<>(resource(r),
                    Arrays.<Object>asList(r.string("cas_w"), r.string("cas_m"), r.string("cas_u"))))
                    .stream().findFirst().orElseThrow(() -> notFound("resource", resourceId));
            String wm = workingMemory != null ? workingMemory : cur.value().workingMemory();
            Map<String, Object> merged = merge(cur.value().metadata(), metadata);
            String mergedJson = Json.write(merged);
            Limits.checkSize(d, "metadata", mergedJson);
            Instant now = d.now();
            List<Object> p = new ArrayList<>(Arrays.asList(wm, mergedJson));
            addNow(p, now);
            p.add(resourceId);
            p.addAll(cur.columns());
            if (client.update(update, p) == 0) {
                return Optional.empty();
            }
            return Optional.of(new MemoryResource(resourceId, wm, merged, cur.value().createdAt(), now));
        });
    }

    private void checkContentSizes(List<MessageUpdate> updates, Map<String, Message> next) {
        for (int i = 0; i < updates.size(); i++) {
            Limits.checkSize(d, "updates[" + i + "].content", next.get(updates.get(i).id()).content().json());
        }
    }

    // ---- shared ----------------------------------------------------------------------

    /**
     * Inserts or updates one row and returns its stored {@code createdAt} (the first insert's),
     * with RETURNING where the dialect has it and a read-back otherwise.
     */
    private Instant upsertKeepingCreatedAt(String upsertSql, String table, List<Object> params, String id) {
        if (d.supportsReturning()) {
            return client.write(upsertSql + " RETURNING " + createdAt, params, r -> d.readTime(r, "createdAt")).get(0);
        }
        return client.inTransaction(s -> {
            s.update(upsertSql, params);
            return s.query("SELECT " + createdAt + " FROM " + table + " WHERE id = ?", List.of(id), r -> d.readTime(r, "createdAt")).get(0);
        });
    }

    /** Batches of at most {@code rows} messages whose text stays under {@code chars}, unless one message alone is larger. */
    private static List<List<Message>> chunks(List<Message> messages, int rows, long chars) {
        if (chars == Long.MAX_VALUE) {
            return Sql.chunks(messages, rows);
        }
        List<List<Message>> out = new ArrayList<>();
        List<Message> cur = new ArrayList<>();
        long size = 0;
        for (Message m : messages) {
            long n = m.content().json().length() + 1024L;
            if (!cur.isEmpty() && (cur.size() == rows || size + n > chars)) {
                out.add(cur);
                cur = new ArrayList<>();
                size = 0;
            }
            cur.add(m);
            size += n;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        if (over == null || over.isEmpty()) {
            return base;
        }
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.putAll(over);
        return m;
    }

    private static NotFoundException notFound(String what, String id) {
        return new NotFoundException(what + " " + id + " does not exist", "check the id; list " + what + "s to see what is stored");
    }

    private String q(String identifier) {
        return d.quote(identifier);
    }

    private String cols(String... names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(sb.length() == 0 ? "" : ", ").append(q(n));
        }
        return sb.toString();
    }

    MemoryThread thread(Row r) {
        return new MemoryThread(r.string("id"), r.string("resourceId"), r.string("title"), Json.readMap(r.string("metadata")),
                d.readTime(r, "createdAt"), d.readTime(r, "updatedAt"));
    }

    Message message(Row r) {
        return new Message(r.string("id"), r.string("thread_id"), r.string("resourceId"), r.string("role"), r.string("type"),
                MessageContent.of(r.string("content")), d.readTime(r, "createdAt"));
    }

    MemoryResource resource(Row r) {
        return new MemoryResource(r.string("id"), r.string("workingMemory"), Json.readMap(r.string("metadata")),
                d.readTime(r, "createdAt"), d.readTime(r, "updatedAt"));
    }
}
