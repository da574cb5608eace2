package io.agentstore.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One versioned schema step of a dialect: statement templates in which {@code {threads}},
 * {@code {messages}}, {@code {resources}}, {@code {snapshots}}, {@code {prefix}} and
 * {@code {schema_}} are replaced by {@link TableNames#render}. The checksum is taken over the
 * templates, so it does not change with the schema or table prefix a user picks.
 *
 * <pre>{@code
 * new Migration(1, "core tables", List.of("CREATE TABLE IF NOT EXISTS {threads} (id TEXT PRIMARY KEY)"));
 * }</pre>
 */
public record Migration(int version, String description, List<String> statements) {
    public Migration {
        statements = List.copyOf(statements);
    }

    /** SHA-256 of the statement templates, hex. */
    public String checksum() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : statements) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
