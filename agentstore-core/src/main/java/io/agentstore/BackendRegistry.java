package io.agentstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.spi.BackendProvider;

/** The backends on the classpath, found once through {@link ServiceLoader}. */
final class BackendRegistry {
    private static volatile List<BackendProvider> providers;

    private BackendRegistry() {
    }

    static List<BackendProvider> providers() {
        List<BackendProvider> p = providers;
        if (p == null) {
            List<BackendProvider> found = new ArrayList<>();
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            ServiceLoader.load(BackendProvider.class, cl != null ? cl : BackendRegistry.class.getClassLoader()).forEach(found::add);
            if (found.stream().noneMatch(x -> x.getClass().getClassLoader() == BackendRegistry.class.getClassLoader())) {
                ServiceLoader.load(BackendProvider.class, BackendRegistry.class.getClassLoader()).forEach(x -> {
                    if (found.stream().noneMatch(y -> y.getClass().equals(x.getClass()))) {
                        found.add(x);
                    }
                });
            }
            providers = p = List.copyOf(found);
        }
        return p;
    }

    static BackendProvider forScheme(String scheme) {
        for (BackendProvider p : providers()) {
            if (p.schemes().contains(scheme)) {
                return p;
            }
        }
        Set<String> known = new TreeSet<>();
        providers().forEach(p -> known.addAll(p.schemes()));
        throw new InvalidConfigurationException("no backend on the classpath serves URLs starting with '" + scheme + ":'",
                "use one of " + known + ", or add the backend's module (e.g. io.agentstore:agentstore-postgres) to the classpath");
    }

    /** {@code STORAGE_ENGINE} names and the schemes each accepts. */
    static Map<String, Set<String>> engines() {
        Map<String, Set<String>> m = new TreeMap<>();
        for (BackendProvider p : providers()) {
            for (String e : p.engines()) {
                m.put(e, p.schemes());
            }
        }
        return m;
    }
}
