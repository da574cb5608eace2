package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.sql.PostgresDialect;
import io.agentstore.sql.SchemaExport;
import io.agentstore.tck.RequiredServer;
import io.agentstore.tck.ScratchPostgres;

/** The operator commands: migrate --dry-run / --create, schema export, doctor. */
class CliOperateTest {
    private static final String BASE = System.getenv().getOrDefault("AGENTSTORE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test");
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String schema = "agentstore_ops_" + tag;
    private final String database = "agentstore_created_" + tag;
    private String url;

    @BeforeEach
    void requireServer() {
        StoreUrl u = StoreUrl.parse(BASE);
        RequiredServer.check("PostgreSQL", u.host() == null ? "localhost" : u.host(), u.port() == null ? 5432 : u.port());
        url = BASE + (BASE.contains("?") ? "&" : "?") + "schema=" + schema;
    }

    @AfterEach
    void cleanUp() throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
            s.execute("DROP DATABASE IF EXISTS \"" + database + "\"");
        }
    }

    private static Connection jdbc() throws SQLException {
        StoreUrl u = StoreUrl.parse(BASE);
        return DriverManager.getConnection("jdbc:postgresql://" + (u.host() == null ? "localhost" : u.host()) + ":" + (u.port() == null ? 5432 : u.port())
                + "/" + u.database(), u.user() == null ? "postgres" : u.user(), u.password() == null ? "" : u.password());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void dryRunPrintsTheSqlAndChangesNothing() throws Exception {
        Cli.Result dry = Cli.run("migrate", "--dry-run", "--url", url);
        assertEquals(0, dry.exit(), dry::toString);
        assertTrue(dry.out().contains("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\";"), dry::toString);
        assertTrue(dry.out().contains("CREATE TABLE IF NOT EXISTS \"" + schema + "\".\"mastra_messages\""), dry::toString);
        assertTrue(dry.out().contains("nothing was changed"), dry::toString);
        assertEquals(0, count("SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'"), "a dry run creates nothing");

        JsonNode plan = Cli.run("migrate", "--dry-run", "--url", url, "--json").json();
        JsonNode steps = plan.get("stores").get(0).get("steps");
        assertEquals(0, steps.get(0).get("version").asInt());
        assertEquals(1, steps.get(1).get("version").asInt());
        assertTrue(steps.get(1).get("statements").size() > 4, plan::toString);

        assertEquals(0, Cli.run("migrate", "--url", url).exit());
        Cli.Result after = Cli.run("migrate", "--dry-run", "--url", url);
        assertTrue(after.out().contains("up to date: nothing would run"), after::toString);
        assertEquals(0, Cli.run("migrate", "--dry-run", "--url", url, "--json").json().get("stores").get(0).get("steps").size());
    }

    @Test
    void createMakesAMissingDatabaseThenMigratesIt() throws Exception {
        String target = BASE.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Cli.Result missing = Cli.run("status", "--url", target);
        assertEquals(1, missing.exit(), missing::toString);
        assertTrue(missing.all().contains("migrate --create"), "the error points at --create: " + missing);

        Cli.Result created = Cli.run("migrate", "--create", "--url", target);
        assertEquals(0, created.exit(), created::toString);
        assertTrue(created.out().contains("Created the database"), created::toString);
        assertTrue(created.out().contains("applied: v1"), created::toString);
        assertEquals(1, count("SELECT count(*) FROM pg_database WHERE datname = '" + database + "'"));

        JsonNode again = Cli.run("migrate", "--create", "--url", target, "--json").json();
        assertEquals(0, again.get("createdDatabases").size(), "an existing database is left alone");
        assertEquals(0, again.get("stores").get(0).get("applied").size());

        Cli.Result both = Cli.run("migrate", "--create", "--dry-run", "--url", target);
        assertEquals(2, both.exit(), both::toString);
    }

    @Test
    void createMakesTheDirectoriesOfASqliteFile() throws IOException {
        Path dir = Files.createTempDirectory("agentstore-create");
        Path file = dir.resolve("a/b/agents.db");
        Cli.Result created = Cli.run("migrate", "--create", "--url", "file:" + file);
        assertEquals(0, created.exit(), created::toString);
        assertTrue(Files.exists(file), created::toString);
    }

    @Test
    void doctorOnAMissingSqliteFileSaysSoAndCreatesNothing() throws IOException {
        Path file = Files.createTempDirectory("agentstore-doctor").resolve("none.db");
        Cli.Result r = Cli.run("doctor", "--url", "file:" + file);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("[FAIL] database") && r.out().contains("agentstore migrate"), r::toString);
        assertFalse(Files.exists(file), "doctor does not create the file");
        assertEquals(0, Cli.run("migrate", "--url", "file:" + file).exit());
        Cli.Result ok = Cli.run("doctor", "--url", "file:" + file);
        assertEquals(0, ok.exit(), ok::toString);
        assertTrue(ok.out().contains("All checks passed."), ok::toString);
    }

    @Test
    void schemaExportIsTheDdlMigrateApplies() {
        Cli.Result pg = Cli.run("schema", "export", "--dialect", "postgres", "--schema", "agents", "--table-prefix", "dev_");
        assertEquals(0, pg.exit(), pg::toString);
        assertEquals(SchemaExport.ddl(new PostgresDialect(), StoreOptions.builder().schema("agents").tablePrefix("dev_").build()).strip(),
                pg.out().strip());
        assertTrue(pg.out().contains("\"agents\".\"dev_mastra_threads\""), pg::toString);
        Cli.Result sqlite = Cli.run("schema", "export", "--dialect", "sqlite", "--json");
        assertTrue(sqlite.json().get("ddl").asText().contains("CREATE TABLE IF NOT EXISTS \"mastra_messages\""), sqlite::toString);

        Cli.Result unknown = Cli.run("schema", "export", "--dialect", "oracle");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("postgres") && unknown.err().contains("sqlite"), unknown::toString);
        assertEquals(2, Cli.run("schema", "export", "--dialect", "sqlite", "--schema", "x").exit());
        assertEquals(2, Cli.run("schema", "export", "--dialect", "postgres", "--table-prefix", "bad-prefix;").exit());
    }

    @Test
    void doctorOnAHealthyDatabaseChecksEverything() {
        Cli.Result before = Cli.run("doctor", "--url", url, "--json");
        assertEquals(0, before.exit(), before::toString);
        JsonNode checks = before.json().get("databases").get(0).get("checks");
        for (String name : new String[] {"reachable", "authentication", "database", "server", "permissions", "connections", "clock"}) {
            assertEquals("ok", outcome(checks, name), name + " in " + checks);
        }
        assertEquals("warn", outcome(checks, "schema"), "tables not created yet: " + checks);
        assertTrue(before.json().get("healthy").asBoolean());

        assertEquals(0, Cli.run("migrate", "--url", url).exit());
        Cli.Result after = Cli.run("doctor", "--url", url);
        assertEquals(0, after.exit(), after::toString);
        assertTrue(after.out().contains("All checks passed."), after::toString);
    }

    @Test
    void doctorOnARefusedPortPrintsTheCauseAndTheFixAndNeverThePassword() {
        Cli.Result r = Cli.run("doctor", "--url", "postgresql://postgres:Doctor-Secret-1@127.0.0.1:1/test");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("[FAIL] reachable"), r::toString);
        assertTrue(r.out().contains("fix: is the server running?"), r::toString);
        assertFalse(r.all().contains("Doctor-Secret-1"), r::toString);
        assertEquals("fail", outcome(Cli.run("doctor", "--url", "postgresql://postgres:Doctor-Secret-1@127.0.0.1:1/test", "--json")
                .json().get("databases").get(0).get("checks"), "reachable"));
    }

    @Test
    void doctorOnAWrongPasswordPrintsTheCauseAndTheFixAndNeverThePassword() {
        String wrong = ScratchPostgres.pair().primaryUrl().replace(ScratchPostgres.PASSWORD, "Not-The-Password-7");
        Cli.Result r = Cli.run("doctor", "--url", wrong);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("[ok]   reachable"), r::toString);
        assertTrue(r.out().contains("[FAIL] authentication"), r::toString);
        assertTrue(r.out().contains("fix: check the user and password"), r::toString);
        assertFalse(r.all().contains("Not-The-Password-7"), r::toString);
        assertFalse(r.all().contains(ScratchPostgres.PASSWORD), r::toString);

        Cli.Result right = Cli.run("doctor", "--url", ScratchPostgres.pair().primaryUrl());
        assertEquals(0, right.exit(), right::toString);
        assertFalse(right.all().contains(ScratchPostgres.PASSWORD), "not even the right password shows: " + right);
    }

    @Test
    void doctorOnAMissingDatabaseSuggestsCreatingIt() {
        String target = BASE.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Cli.Result r = Cli.run("doctor", "--url", target);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("[FAIL] database"), r::toString);
        assertTrue(r.out().contains("migrate --create"), r::toString);
    }

    private static String outcome(JsonNode checks, String name) {
        for (JsonNode c : checks) {
            if (c.get("name").asText().equals(name)) {
                return c.get("outcome").asText();
            }
        }
        throw new AssertionError("no check " + name + " in " + checks);
    }
}
