package io.agentstore.inmemory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agentstore.internal.Json;

/**
 * Metadata as a database would hand it back: encoded to JSON and read again (so numbers,
 * lists and maps come back in the same Java types every backend returns), then made deeply
 * read-only, because the same objects are handed to every caller.
 */
final class Frozen {
    private Frozen() {
    }

    static Map<String, Object> metadata(Map<String, Object> m) {
        if (m == null || m.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> frozen = (Map<String, Object>) freeze(Json.readMap(Json.write(m)));
        return frozen;
    }

    /** {@code base} with the top-level keys of {@code patch} set over it. */
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> patch) {
        if (patch == null || patch.isEmpty()) {
            return base;
        }
        Map<String, Object> out = new LinkedHashMap<>(base);
        out.putAll(patch);
        return metadata(out);
    }

    private static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put(k, freeze(x)));
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(x -> copy.add(freeze(x)));
            return Collections.unmodifiableList(copy);
        }
        return v;
    }
}
