package io.agentstore.mysql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.agentstore.config.StoreUrl;
import io.agentstore.tck.RequiredServer;

/**
 * The MySQL/MariaDB server the tests use ({@code AGENTSTORE_TEST_MYSQL_URL}, default the local
 * server's {@code test} database) and throw-away databases on it, so test runs never see each
 * other's tables. MySQL has no schemas inside a database: a database is the unit to create and drop.
 */
final class MysqlTestDatabase {
    static final String BASE_URL = System.getenv().getOrDefault("AGENTSTORE_TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306/test");
    static final StoreUrl BASE = StoreUrl.parse(BASE_URL);
    static final String HOST = BASE.host() == null ? "localhost" : BASE.host();
    static final int PORT = BASE.port() == null ? 3306 : BASE.port();

    private MysqlTestDatabase() {
    }

    /** Fails under CI, skips loudly elsewhere, when the server is not there. */
    static void require() {
        RequiredServer.check("MySQL/MariaDB", HOST, PORT);
    }

    /** Creates a fresh, empty database and returns its name. */
    static String create(String purpose) {
        String name = "agentstore_t_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
        return name;
    }

    /** The base URL pointed at database {@code db}, its query string kept. */
    static String url(String db) {
        return url(db, "");
    }

    /** As {@link #url(String)}, with {@code extraParams} ({@code a=1&b=2}) added. */
    static String url(String db, String extraParams) {
        String u = BASE_URL.replaceFirst("^(\\w+://[^/?]*)(/[^?]*)?", "$1/" + db);
        if (extraParams.isEmpty()) {
            return u;
        }
        return u + (u.contains("?") ? "&" : "?") + extraParams;
    }

    static void drop(String db) {
        execute("DROP DATABASE IF EXISTS `" + db + "`");
    }

    static Connection jdbc(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/" + (db == null ? "" : db),
                BASE.user() == null ? "root" : BASE.user(), BASE.password() == null ? "" : BASE.password());
    }

    static void execute(String... sql) {
        executeIn(null, sql);
    }

    static void executeIn(String db, String... sql) {
        try (Connection c = jdbc(db); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test setup statement failed: " + e.getMessage(), e);
        }
    }

    /** Rows of a query, each row's columns joined with {@code |}. */
    static List<String> query(String db, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = jdbc(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + e.getMessage(), e);
        }
        return out;
    }
}
