package io.agentstore.libsql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import io.agentstore.config.StoreUrl;
import io.agentstore.sql.JdbcSqlClient;
import io.agentstore.sql.Row;
import io.agentstore.sql.SqlClient;

/**
 * The same stored values read over JDBC (sqlite-jdbc) and over Hrana ({@code ValuesRow}) give the
 * same {@link Row#string} and {@link Row#longValue}: the dialect reads times, ids and counts
 * with these, and must not care which transport delivered them.
 */
class RowConsistencyTest {
    @TempDir
    Path dir;

    @Test
    void jdbcAndHranaRowsReadEveryStorageClassAlike() {
        String token = "t-" + UUID.randomUUID();
        Path db = dir.resolve("rows.db");
        try (HranaTestServer server = HranaTestServer.start(db, token)) {
            StoreUrl u = StoreUrl.parse(server.url());
            SqlClient hrana = new HranaClient(new HranaHttp(TursoBackends.baseUri(u), u.masked(), token, Duration.ofSeconds(5), Duration.ofSeconds(30)));
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + db);
            SqlClient jdbc = new JdbcSqlClient(ds, null, null, 0, SqliteErrors::translate);

            hrana.update("CREATE TABLE v (k INTEGER PRIMARY KEY, x)", List.of());
            List<Object> values = Arrays.asList(42L, -7L, Long.MAX_VALUE, 1.5, 3.0, 0.1, 1e20, -2.5e-7, 1.0 / 3, -0.5, 1e-4, 1e15,
                    123456789012345678.0, 99999999999999.9, 2.0 / 3 * 1e-9, "12abc", "-12x", "+5", "99999999999999999999", "-99999999999999999999", " 7 ", "3.9", "",
                    "2025-01-31T09:15:00.123Z", "héllo", "héllo".getBytes(StandardCharsets.UTF_8), "99".getBytes(StandardCharsets.UTF_8), null);
            for (int i = 0; i < values.size(); i++) {
                hrana.update("INSERT INTO v VALUES (?, ?)", Arrays.asList(i, values.get(i)));
            }
            String sql = "SELECT x, typeof(x) AS ty FROM v ORDER BY k";
            List<String> overJdbc = jdbc.query(sql, List.of(), RowConsistencyTest::describe);
            List<String> overHrana = hrana.query(sql, List.of(), RowConsistencyTest::describe);
            assertEquals(overJdbc, overHrana);
            assertEquals(values.size(), overHrana.size());
            jdbc.close();
            hrana.close();
        }
    }

    private static String describe(Row r) {
        List<Object> parts = new ArrayList<>();
        parts.add(r.string("ty"));
        parts.add(r.string("x"));
        parts.add(r.longValue("x"));
        parts.add(r.string("X")); // labels match without regard to case, as JDBC's do
        return parts.toString();
    }
}
