package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.agentstore.StoreStatus;
import io.agentstore.memory.MemoryThread;

/** Opening and initialising: {@code init()} is idempotent and {@code status()} reports an up-to-date store. */
public interface LifecycleContract extends TckContext {


    @Test
    default void lifecycle_initIsIdempotentAndKeepsData() {
        MemoryThread t = newThread();
        store().init();
        store().init();
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
    }

    @Test
    default void lifecycle_statusReportsAnUpToDateStore() {
        List<StoreStatus> statuses = store().status();
        assertFalse(statuses.isEmpty(), "one status per backend");
        for (StoreStatus s : statuses) {
            assertNotNull(s.backend(), "backend name");
            assertEquals(List.of(), s.pendingMigrations(), "no migration is pending after init()");
            assertTrue(s.schemaVersion() >= 0, "schema version");
            s.rowCounts().forEach((table, count) -> assertTrue(count >= 0, "row count of " + table));
        }
        assertFalse(store().backendNames().isEmpty());
    }
}
