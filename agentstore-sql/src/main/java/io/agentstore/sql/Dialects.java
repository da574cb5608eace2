package io.agentstore.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL dialects by name, for tools that need one without a database ({@code agentstore schema export}).
 *
 * <pre>{@code
 * Dialect pg = Dialects.named("postgres").orElseThrow();
 * }</pre>
 */
public final class Dialects {
    private Dialects() {
    }

    /** The names {@link #named} accepts. */
    public static List<String> names() {
        return List.of("postgres", "mysql", "sqlite");
    }

    /** The dialect called {@code name} (case-insensitive; {@code postgresql}, {@code mariadb} and {@code libsql} too). */
    public static Optional<Dialect> named(String name) {
        return Optional.ofNullable(switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql" -> new PostgresDialect();
            case "mysql", "mariadb" -> new MysqlDialect();
            case "sqlite", "libsql" -> new SqliteDialect();
            default -> null;
        });
    }
}
