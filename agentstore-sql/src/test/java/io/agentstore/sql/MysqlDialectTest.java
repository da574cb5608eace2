package io.agentstore.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.agentstore.config.StoreOptions;

/** The MySQL dialect's SQL, without a server (the server-side behaviour is tested in agentstore-mysql). */
class MysqlDialectTest {
    private final MysqlDialect d = MysqlDialect.forServer("10.11.6-MariaDB-0+deb12u1");

    @Test
    void picksTheBestBinaryCollationTheServerHas() {
        assertEquals("utf8mb4_nopad_bin", d.idCollation());
        assertEquals("utf8mb4_0900_bin", MysqlDialect.forServer("8.0.36").idCollation());
        assertEquals("utf8mb4_0900_bin", MysqlDialect.forServer("8.4.2-commercial").idCollation());
        assertEquals("utf8mb4_0900_bin", MysqlDialect.forServer("9.1.0").idCollation());
        assertEquals("utf8mb4_bin", MysqlDialect.forServer("8.0.16").idCollation());
        assertEquals("utf8mb4_bin", MysqlDialect.forServer("5.7.44-log").idCollation());
        assertEquals("utf8mb4_bin", MysqlDialect.forServer(null).idCollation());
        assertThrows(IllegalArgumentException.class, () -> new MysqlDialect("latin1'; DROP TABLE x"));
    }

    @Test
    void quotesWithBackticks() {
        assertEquals("`createdAt`", d.quote("createdAt"));
        assertEquals("`a``b`", d.quote("a`b"));
        assertEquals("`dev_mastra_threads`", new TableNames(d, null, "dev_").threads());
    }

    @Test
    void upsertsWithOnDuplicateKeyUpdate() {
        assertEquals(" ON DUPLICATE KEY UPDATE `title` = VALUES(`title`), `resourceId` = COALESCE(VALUES(`resourceId`), `resourceId`)",
                d.upsertTail(List.of("id"), List.of("title", "resourceId"), "t", List.of("resourceId")));
        assertEquals(" ON DUPLICATE KEY UPDATE `id` = `id`", d.insertIgnoreTail(List.of("id")));
        assertFalse(d.supportsReturning());
        assertFalse(d.supportsWritableCte());
        assertFalse(d.transactionalDdl());
    }

    @Test
    void timesAreUtcWallTimeTextToTheMillisecond() {
        assertEquals("2025-01-15 10:00:00.123", d.time(Instant.parse("2025-01-15T10:00:00.123999Z")));
        assertEquals("0001-01-01 00:00:00.000", d.time(Instant.parse("0001-01-01T00:00:00Z")));
        assertEquals(Instant.parse("2025-01-15T10:00:00.123Z"), MysqlDialect.parseTime("2025-01-15 10:00:00.123000"));
        assertEquals(Instant.parse("2025-01-15T10:00:00Z"), MysqlDialect.parseTime("2025-01-15 10:00:00"));
        assertEquals(Instant.parse("2025-01-15T10:00:00.100Z"), MysqlDialect.parseTime("2025-01-15 10:00:00.1"));
    }

    @Test
    void jsonPathsAreQuotedAndOnlyPlainKeysGoIntoLiterals() {
        assertEquals("CAST(JSON_UNQUOTE(JSON_EXTRACT(snapshot, '$.\"status\"')) AS BINARY)", d.jsonField("snapshot", "status"));
        assertThrows(IllegalArgumentException.class, () -> d.jsonField("snapshot", "a'b"));
        Dialect.Fragment f = d.jsonFieldEquals("metadata", "we\"ird\\key", "v");
        assertEquals(List.of("$.\"we\\\"ird\\\\key\"", "$.\"we\\\"ird\\\\key\"", "v"), f.params());
        assertTrue(d.jsonFieldEquals("metadata", "n", 3).sql().contains("'INTEGER'"));
        assertEquals(List.of("$.\"b\"", "$.\"b\"", "true"), d.jsonFieldEquals("metadata", "b", true).params());
    }

    @Test
    void exportedDdlNamesTheCollationAndKeepsTheChecksumTemplate() {
        String ddl = SchemaExport.ddl(d, StoreOptions.defaults());
        assertTrue(ddl.contains("`id` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL"), ddl);
        assertFalse(ddl.contains("{"), ddl);
        // one checksum whatever the server: a database moved between MariaDB and MySQL keeps its history valid
        assertEquals(d.migrations().get(0).checksum(), MysqlDialect.forServer("8.0.36").migrations().get(0).checksum());
    }
}
