package io.agentstore.tck;

import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import io.agentstore.AgentStore;

/**
 * The AgentStore conformance kit: every behaviour of {@code MemoryStore} and
 * {@code WorkflowStore} that users rely on, as JUnit 5 tests. A backend proves itself with a
 * subclass that says how to open a store:
 *
 * <pre>{@code
 * class PostgresTckTest extends AgentStoreTck {
 *     @Override protected AgentStore openStore() {
 *         return AgentStore.open("postgresql://postgres@127.0.0.1:5432/test?schema=tck");
 *     }
 *     // optional: a second, independent store on the same database enables the cross-instance tests
 *     @Override protected AgentStore openSecondStore() { return openStore(); }
 * }
 * }</pre>
 *
 * <p>{@link #openStore()} is called once per test class; the kit calls {@code init()} on the
 * store and closes it after the last test. Every test writes under fresh random ids, resource
 * ids and workflow names, so several test classes may share one database and the kit may run
 * again on a database it has filled before; nothing is cleaned up. To skip the whole kit (say,
 * the server is not running) throw a JUnit assumption failure from {@code openStore()}.
 *
 * <p>The tests come from one interface per contract ({@link ThreadContract},
 * {@link MessageContract}, {@link MessageListingContract}, {@link ResourceContract},
 * {@link WorkflowContract}, {@link TimestampContract}, {@link PayloadContract},
 * {@link HostileInputContract}, {@link ConcurrencyContract}, {@link LifecycleContract},
 * {@link TransferContract}); their
 * names start with the contract ({@code threads_…}, {@code hostile_…}), and reports name the
 * subclass, so several backends' runs in one build stay apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AgentStoreTck implements ThreadContract, MessageContract, MessageListingContract, ResourceContract,
        WorkflowContract, TimestampContract, PayloadContract, HostileInputContract, ConcurrencyContract, LifecycleContract, TransferContract {
    private AgentStore store;
    private AgentStore second;

    /** Opens the store under test; called once per test class, before any test. */
    protected abstract AgentStore openStore();

    /**
     * Opens a second, independent store (its own connections) on the same database as
     * {@link #openStore()}, or returns null (the default). With one, the concurrency tests spread
     * their writers and compare-and-set races over both, and the subclass must also implement
     * {@link SharedDatabaseContract}.
     */
    protected AgentStore openSecondStore() {
        return null;
    }

    @BeforeAll
    final void openStores() {
        store = openStore();
        if (store == null) {
            throw new IllegalStateException(getClass().getName() + ".openStore() returned null");
        }
        store.init();
        second = openSecondStore();
        if (second != null) {
            second.init();
            if (!(this instanceof SharedDatabaseContract)) {
                throw new IllegalStateException(getClass().getName() + " opens a second store: add 'implements SharedDatabaseContract'"
                        + " so the kit also checks that the two see each other's writes");
            }
        }
    }

    @AfterAll
    final void closeStores() {
        try {
            if (second != null) {
                second.close();
            }
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    @Override
    public final AgentStore store() {
        if (store == null) {
            throw new IllegalStateException("the store is not open: tests run after @BeforeAll");
        }
        return store;
    }

    @Override
    public final Optional<AgentStore> secondStore() {
        return Optional.ofNullable(second);
    }
}
