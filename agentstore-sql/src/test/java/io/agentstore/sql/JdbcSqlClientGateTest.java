package io.agentstore.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

import io.agentstore.error.StorageException;

/** The connection gate of {@link JdbcSqlClient}: a borrower beyond the pool's size waits, then fails as the pool would; permits come back. */
class JdbcSqlClientGateTest {
    private SQLiteConnection keepAlive;
    private JdbcSqlClient client;

    @BeforeEach
    void open() throws SQLException {
        SQLiteDataSource ds = new SQLiteDataSource();
        // A named shared in-memory database lives while one connection stays open.
        ds.setUrl("jdbc:sqlite:file:gate" + System.nanoTime() + "?mode=memory&cache=shared");
        keepAlive = (SQLiteConnection) ds.getConnection();
        client = new JdbcSqlClient(ds, null, null, 0, (e, what) -> new StorageException(what + ": " + e.getMessage(), "", e), null,
                1, Duration.ofMillis(50));
    }

    @AfterEach
    void close() throws SQLException {
        keepAlive.close();
    }

    @Test
    void aSecondBorrowerFailsWithThePoolsTimeoutWording() {
        StorageException e = assertThrows(StorageException.class,
                () -> client.inTransaction(s -> client.query("SELECT 1 AS v", List.of(), r -> r.longValue("v"))));
        assertTrue(e.getMessage().contains("Connection is not available"), e.getMessage());
        // the permit of the failed borrower and of the transaction both came back
        assertEquals(List.of(1L), client.query("SELECT 1 AS v", List.of(), r -> r.longValue("v")));
    }

    @Test
    void thePermitComesBackWhenTheWorkFails() {
        assertThrows(IllegalStateException.class, () -> client.inTransaction(s -> {
            throw new IllegalStateException("boom");
        }));
        assertThrows(StorageException.class, () -> client.query("SELECT * FROM missing_table", List.of(), r -> 1));
        assertEquals(List.of(2L), client.query("SELECT 2 AS v", List.of(), r -> r.longValue("v")));
    }
}
