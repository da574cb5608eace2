package io.agentstore.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** One connection of the JDBC baseline with its prepared statements, each prepared once and reused. */
final class JdbcSession implements AutoCloseable {
    final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    JdbcSession(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement ps(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            connection.close();
        } catch (SQLException e) {
            // closing after the run: nothing left to do about it
        }
    }
}
