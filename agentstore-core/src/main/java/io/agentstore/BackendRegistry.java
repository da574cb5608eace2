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
        return pick(providers(), scheme);
    }

    /**
     * The one provider serving {@code scheme}. Generic schemes ({@code https}, {@code http}) may be
     * claimed by more than one backend; then the choice would depend on classpath order, so it is
     * refused with the list of claimants instead of guessed.
     */
    static BackendProvider pick(List<BackendProvider> all, String scheme) {
        List<BackendProvider> claim = all.stream().filter(p -> p.schemes().contains(scheme)).toList();
        if (claim.size() == 1) {
            return claim.get(0);
        }
        if (claim.size() > 1) {
            Set<String> names = new TreeSet<>();
            Set<String> own = new TreeSet<>();
            claim.forEach(p -> {
                names.add(p.name());
                p.schemes().stream().filter(s -> !s.equals(scheme)).forEach(s -> own.add(s + ":"));
            });
            throw new InvalidConfigurationException("several backends on the classpath serve URLs starting with '" + scheme + ":': " + names,
                    "use the scheme of the backend you mean" + (own.isEmpty() ? "" : " (one of " + own + ")")
                            + ", or remove the other backend's module from the classpath");
        }
        Set<String> known = new TreeSet<>();
        all.forEach(p -> known.addAll(p.schemes()));
        throw new InvalidConfigurationException("no backend on the classpath serves URLs starting with '" + scheme + ":'",
                "use one of " + known + ", or add the backend's module (e.g. io.agentstore:agentstore-postgres) to the classpath");
    }

    /**
     * {@code STORAGE_ENGINE} names and the schemes each accepts. Backends may share a name
     * ({@code libsql} is both the local file and Turso): the name then accepts all their schemes.
     */
    static Map<String, Set<String>> engines() {
        Map<String, Set<String>> m = new TreeMap<>();
        for (BackendProvider p : providers()) {
            for (String e : p.engines()) {
                m.computeIfAbsent(e, k -> new TreeSet<>()).addAll(p.schemes());
            }
        }
        return m;
    }
}
