package io.agentstore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void defaults() {
        ServerConfig c = ServerConfig.defaults();
        assertEquals("127.0.0.1", c.host());
        assertEquals(4111, c.port());
        assertNull(c.token());
        assertFalse(c.requiresToken());
        assertEquals(8L * 1024 * 1024, c.maxBodyBytes());
    }

    @Test
    void nonLoopbackHostNeedsAToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().host("0.0.0.0").build());
        assertTrue(e.getMessage().contains("--token"), e.getMessage());
        assertTrue(ServerConfig.builder().host("0.0.0.0").token("s3cret").build().requiresToken());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().host("192.0.2.10").build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().host("::").build());
    }

    @Test
    void loopbackNamesNeedNoToken() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"}) {
            assertEquals(host, ServerConfig.builder().host(host).build().host());
        }
    }

    @Test
    void badValuesAreRefusedEarly() {
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().port(-1).build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().port(65_536).build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().host(" ").build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().host(null).build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().token("   ").build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().token("has space").build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().token("ünï").build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().maxBodyBytes(10).build());
        assertNull(ServerConfig.builder().token("").build().token());
    }

    @Test
    void toStringHidesTheToken() {
        String s = ServerConfig.builder().token("very-secret-token").build().toString();
        assertFalse(s.contains("very-secret-token"), s);
        assertTrue(s.contains("***"), s);
    }
}
