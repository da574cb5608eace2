package io.agentstore.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import io.agentstore.internal.Json;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.workflow.WorkflowRun;

/**
 * The checksums copy verification compares, computed the same way from whatever backend the
 * rows come from. Each row's digest is the SHA-256 of its fields with JSON canonicalised (keys
 * sorted, numbers in one form, no whitespace), because a backend may store JSON as a document
 * (PostgreSQL's jsonb reorders keys) while meaning the same thing; times count in milliseconds,
 * the precision every backend keeps. A thread's message checksum is the sum of its messages'
 * digests modulo 2^256 plus their count: independent of the order rows arrive in, which within
 * one millisecond depends on each database's collation of ids, while any changed, missing or
 * extra message changes it.
 */
final class Digests {
    private static final ObjectReader EXACT = Json.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

    private Digests() {
    }

    /** An order-independent checksum of a set of rows. */
    static final class Sum {
        private BigInteger sum = BigInteger.ZERO;
        private long count;

        void add(byte[] digest) {
            sum = sum.add(new BigInteger(1, digest)).mod(MOD);
            count++;
        }

        long count() {
            return count;
        }

        String hex() {
            return String.format("%064x", sum);
        }

        boolean sameAs(Sum o) {
            return count == o.count && sum.equals(o.sum);
        }
    }

    static byte[] message(Message m) {
        return sha(m.id(), m.threadId(), m.resourceId(), m.role(), m.type(), canonical(m.content().json()), millis(m.createdAt()));
    }

    static byte[] thread(MemoryThread t) {
        return sha(t.id(), t.resourceId(), t.title(), canonical(t.metadata()), millis(t.createdAt()), millis(t.updatedAt()));
    }

    static byte[] resource(MemoryResource r) {
        return sha(r.id(), r.workingMemory(), canonical(r.metadata()), millis(r.createdAt()), millis(r.updatedAt()));
    }

    static byte[] run(WorkflowRun r) {
        return sha(r.workflowName(), r.runId(), r.resourceId(), canonical(r.snapshot()), millis(r.createdAt()), millis(r.updatedAt()));
    }

    private static String millis(Instant t) {
        return t == null ? null : Long.toString(t.toEpochMilli());
    }

    /** Fields joined unambiguously: each as its length and its text, null as -1. */
    private static byte[] sha(String... fields) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String f : fields) {
            if (f == null) {
                md.update("-1:".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] b = f.getBytes(StandardCharsets.UTF_8);
                md.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
                md.update(b);
            }
        }
        return md.digest();
    }

    static String canonical(Map<String, Object> metadata) {
        return canonical(Json.write(metadata == null ? Map.of() : metadata));
    }

    /** JSON text in canonical form; text that is not JSON as it is (it must then match byte for byte). */
    static String canonical(String json) {
        if (json == null) {
            return null;
        }
        JsonNode n;
        try {
            n = EXACT.readTree(json);
        } catch (IOException e) {
            return json;
        }
        if (n == null || n.isMissingNode()) {
            return json;
        }
        StringBuilder sb = new StringBuilder(json.length());
        write(n, sb);
        return sb.toString();
    }

    private static void write(JsonNode n, StringBuilder sb) {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            Collections.sort(keys);
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(Json.write(keys.get(i))).append(':');
                write(n.get(keys.get(i)), sb);
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(n.get(i), sb);
            }
            sb.append(']');
        } else if (n.isNumber()) {
            BigDecimal d = n.decimalValue().stripTrailingZeros();
            sb.append(d.signum() == 0 ? "0" : d.toString());
        } else {
            sb.append(n.toString());
        }
    }
}
