package io.agentstore.memory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.agentstore.Page;

/**
 * The memory domain: threads, their messages, and resources with working memory. Every
 * backend implements it with the same behaviour, checked by the conformance kit
 * ({@code agentstore-tck}).
 *
 * <p>Contract shared by all methods: ids are non-blank and at most 255 characters; no text
 * may contain U+0000; a call rejected with {@code InvalidInputException} writes nothing; a
 * multi-row write is all-or-nothing.
 *
 * <pre>{@code
 * MemoryStore memory = store.memory();
 * memory.saveThread(MemoryThread.of("t1", "user-42", "Support chat"));
 * memory.saveMessages(List.of(Message.user("m1", "t1", "user-42", "Where is my order?")));
 * Page<Message> last = memory.listMessages(MessageQuery.thread("t1").last(40));
 * }</pre>
 */
public interface MemoryStore {

    // ---- threads ---------------------------------------------------------------------

    Optional<MemoryThread> getThread(String threadId);

    /**
     * Inserts the thread, or replaces its resource, title, metadata and {@code updatedAt} if
     * the id exists ({@code createdAt} of the first save is kept). Returns what is stored.
     */
    MemoryThread saveThread(MemoryThread thread);

    /**
     * Sets the title (when non-null) and merges {@code metadata} over the stored metadata
     * (top-level keys; a null map changes nothing), and sets {@code updatedAt} to now.
     *
     * @throws io.agentstore.error.NotFoundException when the thread does not exist
     */
    MemoryThread updateThread(String threadId, String title, Map<String, Object> metadata);

    /** Deletes the thread and all its messages; deleting a missing thread is not an error. */
    void deleteThread(String threadId);

    /** Threads of a resource (or all), filtered by metadata, sorted and paged: see {@link ThreadQuery}. */
    Page<MemoryThread> listThreads(ThreadQuery query);

    /**
     * Copies a thread and (some of) its messages into a new thread.
     *
     * @throws io.agentstore.error.NotFoundException when the source thread does not exist
     * @throws io.agentstore.error.ConflictException when the new thread id is taken
     */
    CloneResult cloneThread(CloneRequest request);

    // ---- messages --------------------------------------------------------------------

    /**
     * Inserts the messages, or replaces thread, resource, role, type and content of those whose
     * id exists ({@code createdAt} of the first save is kept); sets {@code updatedAt} of every
     * thread touched. Within one batch a repeated id keeps its last version. Returns the
     * messages as stored, in the order given.
     *
     * @throws io.agentstore.error.NotFoundException when a message names a thread that does not
     *     exist (nothing is written)
     */
    List<Message> saveMessages(List<Message> messages);

    /** Lists messages: see {@link MessageQuery} for filters, paging, newest-N and context. */
    Page<Message> listMessages(MessageQuery query);

    /** The messages with these ids that exist, sorted by {@code createdAt} then id. */
    List<Message> getMessages(Collection<String> messageIds);

    /**
     * Applies partial updates and sets {@code updatedAt} of the threads touched. Returns the
     * updated messages in the order given.
     *
     * @throws io.agentstore.error.NotFoundException when an id (or a target thread) does not
     *     exist (nothing is written)
     */
    List<Message> updateMessages(List<MessageUpdate> updates);

    /** Deletes the messages that exist among these ids and touches their threads' {@code updatedAt}. */
    void deleteMessages(Collection<String> messageIds);

    // ---- resources -------------------------------------------------------------------

    Optional<MemoryResource> getResource(String resourceId);

    /** Inserts or replaces the resource ({@code createdAt} of the first save is kept). */
    MemoryResource saveResource(MemoryResource resource);

    /**
     * Sets working memory (when non-null) and merges metadata (when non-null) of a resource,
     * creating the resource if it does not exist yet; sets {@code updatedAt} to now.
     */
    MemoryResource updateResource(String resourceId, String workingMemory, Map<String, Object> metadata);

    /**
     * The resources that have threads or a saved resource row, most recently active first (then
     * by id), one zero-based page at a time; {@code perPage} is at most {@link ThreadQuery#MAX_PER_PAGE}.
     */
    Page<ResourceSummary> listResources(int page, int perPage);

    /** Shortcut for {@code updateResource(resourceId, workingMemory, null)}. */
    default MemoryResource updateWorkingMemory(String resourceId, String workingMemory) {
        return updateResource(resourceId, workingMemory, null);
    }
}
