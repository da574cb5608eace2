package io.agentstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.spi.Backend;
import io.agentstore.spi.BackendProvider;

/** Picking a backend by scheme when schemes are generic (https) and may be claimed twice. */
class BackendRegistryTest {
    private static BackendProvider provider(String name, String... schemes) {
        return new BackendProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> schemes() {
                return Set.of(schemes);
            }

            @Override
            public Backend open(StoreUrl url, StoreOptions options) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void aSchemeClaimedByOneBackendPicksIt() {
        BackendProvider turso = provider("turso", "libsql", "https", "http");
        BackendProvider sqlite = provider("sqlite", "file");
        assertSame(turso, BackendRegistry.pick(List.of(sqlite, turso), "https"));
        assertSame(sqlite, BackendRegistry.pick(List.of(sqlite, turso), "file"));
    }

    @Test
    void aSchemeClaimedTwiceIsRefusedWithTheSpecificSchemesNamed() {
        List<BackendProvider> all = List.of(provider("turso", "libsql", "https"), provider("other", "other", "https"));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> BackendRegistry.pick(all, "https"));
        assertTrue(e.getMessage().contains("[other, turso]"), e.getMessage());
        assertTrue(e.hint().contains("libsql:") && e.hint().contains("other:"), e.hint());
        // the same answer whatever the classpath order
        InvalidConfigurationException reversed = assertThrows(InvalidConfigurationException.class,
                () -> BackendRegistry.pick(List.of(all.get(1), all.get(0)), "https"));
        assertEquals(e.getMessage(), reversed.getMessage());
    }

    @Test
    void anUnknownSchemeListsTheKnownOnes() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> BackendRegistry.pick(List.of(provider("sqlite", "file")), "nope"));
        assertTrue(e.hint().contains("[file]"), e.hint());
    }
}
