package io.agentstore.bench.profile;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A {@link DataSource} that records every JDBC call the SQL engine makes through it:
 * connections taken, statements prepared (with their SQL), executions, commits and auto-commit
 * switches. Used by {@link StatementTrace} to show what one API call costs in JDBC terms.
 */
final class CountingDataSource implements DataSource {
    private final DataSource target;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> sql = new ArrayList<>();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    synchronized void reset() {
        counts.clear();
        sql.clear();
    }

    synchronized Map<String, Integer> counts() {
        return new TreeMap<>(counts);
    }

    synchronized List<String> statements() {
        return new ArrayList<>(sql);
    }

    private synchronized void count(String event) {
        counts.merge(event, 1, Integer::sum);
    }

    private synchronized void statement(String text) {
        sql.add(text);
    }

    @Override
    public Connection getConnection() throws SQLException {
        count("getConnection");
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        count("getConnection");
        return wrap(target.getConnection(username, password));
    }

    private Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, new Handler(c, true));
    }

    /** Counts the interesting calls on a connection or statement and passes everything through. */
    private final class Handler implements InvocationHandler {
        private final Object delegate;
        private final boolean connection;

        Handler(Object delegate, boolean connection) {
            this.delegate = delegate;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            String name = m.getName();
            if (connection) {
                switch (name) {
                    case "prepareStatement" -> {
                        count("prepareStatement");
                        statement((String) args[0]);
                    }
                    case "createStatement" -> count("createStatement");
                    case "setAutoCommit" -> count("setAutoCommit(" + args[0] + ")");
                    case "commit", "rollback" -> count(name);
                    default -> { }
                }
            } else if (name.startsWith("execute")) {
                count(name);
            }
            Object result;
            try {
                result = m.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof PreparedStatement ps) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, new Handler(ps, false));
            }
            if (result instanceof Statement st) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class}, new Handler(st, false));
            }
            return result;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
