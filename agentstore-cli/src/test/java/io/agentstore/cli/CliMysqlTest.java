package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.config.StoreUrl;
import io.agentstore.tck.RequiredServer;

/**
 * The commands against MySQL/MariaDB ({@code AGENTSTORE_TEST_MYSQL_URL}, default the local
 * server), each test in a throw-away database. Skipped loudly without a server, failed under
 * {@code CI=true}.
 */
class CliMysqlTest {
    private static final String BASE = System.getenv().getOrDefault("AGENTSTORE_TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306/test");
    private static final StoreUrl U = StoreUrl.parse(BASE);
    private String db;
    private String url;

    @BeforeEach
    void createDatabase() throws SQLException {
        RequiredServer.check("MySQL/MariaDB", host(), port());
        db = "agentstore_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4");
        url = BASE.replaceFirst("^(\\w+://[^/?]*)(/[^?]*)?", "$1/" + db);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            execute("DROP DATABASE IF EXISTS `" + db + "`");
        }
    }

    private static String host() {
        return U.host() == null ? "localhost" : U.host();
    }

    private static int port() {
        return U.port() == null ? 3306 : U.port();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + host() + ":" + port() + "/", U.user() == null ? "root" : U.user(),
                U.password() == null ? "" : U.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void migrateStatusDemoAndListings() {
        Cli.Result migrate = Cli.run("migrate", "--url", url);
        assertEquals(0, migrate.exit(), migrate::toString);
        assertTrue(migrate.out().contains("applied: "), migrate::toString);

        assertEquals(0, Cli.run("demo", "--url", url).exit());
        Cli.Result again = Cli.run("demo", "--url", url.replaceFirst("^mysql:", "mariadb:"));
        assertEquals(0, again.exit(), again::toString);
        JsonNode st = Cli.run("status", "--url", url, "--json").json().get("stores").get(0);
        assertEquals("mysql", st.get("backend").asText());
        assertEquals(0, st.get("pendingMigrations").size());
        assertEquals(22, st.get("rowCounts").get("messages").asInt(), "the second demo overwrote, never duplicated");

        assertEquals(2, Cli.run("threads", "list", "-r", "demo-user-ada", "--url", url, "--json").json().get("total").asInt());
        JsonNode last = Cli.run("messages", "list", "-t", "demo-thread-ada-order-4821", "--last", "2", "--url", url, "--json").json();
        assertEquals(2, last.get("messages").size());
        assertEquals(2, Cli.run("runs", "list", "-s", "suspended", "--url", url, "--json").json().get("total").asInt());
    }

    @Test
    void aWrongPasswordIsReportedWithoutThePassword() {
        String bad = url.replaceFirst("^(mysql://)([^@:/]+)(:[^@]*)?@", "$1$2:Not-The-Pw-42@");
        Cli.Result r = Cli.run("status", "--url", bad);
        assertTrue(r.exit() != 0, r::toString);
        assertFalse(r.out().contains("Not-The-Pw-42") || r.err().contains("Not-The-Pw-42"), r::toString);
        assertTrue(r.err().contains("hint"), r::toString);
    }
}
