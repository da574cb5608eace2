package io.agentstore.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.agentstore.config.Secrets;
import io.agentstore.config.StoreUrl;

/**
 * Removes the secrets of one CLI run from any text before it is printed. It knows every
 * secret the run could have been given: passwords and secret parameters of URLs on the
 * command line, and the values of the URL and token environment variables. Drivers and
 * third-party code may echo a connection string in an exception message; this is the net
 * that catches it.
 *
 * <pre>{@code
 * Redactor r = Redactor.of(new String[] {"--url", "postgresql://app:s3cret@db/app"}, Map.of());
 * r.scrub("cannot connect to postgresql://app:s3cret@db/app"); // cannot connect to postgresql://app:***@db/app
 * }</pre>
 */
final class Redactor {
    /** Environment variables whose names end like this hold secrets (TURSO_AUTH_TOKEN, PGPASSWORD, ...). */
    private static final List<String> SECRET_ENV_SUFFIXES = List.of("PASSWORD", "TOKEN", "SECRET", "API_KEY", "ACCESS_KEY");
    /** Shorter values are flags or placeholders ("1", "true"), and replacing them would mangle all output. */
    private static final int MIN_ENV_SECRET = 6;

    /** Raw URL → masked URL, replaced first so the shape of the URL stays readable. */
    private final Map<String, String> urls;
    private final String[] secrets;

    private Redactor(Map<String, String> urls, List<String> secrets) {
        this.urls = urls;
        // A password that also shows in the masked URL (user "postgres", password "postgres") is
        // no secret there; blanking the word everywhere would only make every message unreadable.
        this.secrets = secrets.stream().distinct()
                .filter(s -> urls.values().stream().noneMatch(masked -> masked.contains(s)))
                .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);
    }

    static Redactor of(String[] args, Map<String, String> env) {
        Map<String, String> urls = new LinkedHashMap<>();
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            collect(a, urls, secrets);
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                collect(a.substring(eq + 1), urls, secrets);
            }
            // serve --token T: a secret that is no URL, so nothing above would recognise it
            if (a.equals("--token") && i + 1 < args.length && !args[i + 1].isEmpty()) {
                secrets.add(args[i + 1]);
            } else if (a.startsWith("--token=") && a.length() > "--token=".length()) {
                secrets.add(a.substring("--token=".length()));
            }
        }
        env.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            String upper = name.toUpperCase(Locale.ROOT);
            if (SECRET_ENV_SUFFIXES.stream().anyMatch(upper::endsWith) && value.trim().length() >= MIN_ENV_SECRET) {
                secrets.add(value.trim());
            }
            if (upper.endsWith("_URL") || upper.endsWith("_URI")) {
                collect(value.trim(), urls, secrets);
            }
        });
        return new Redactor(urls, secrets);
    }

    private static void collect(String candidate, Map<String, String> urls, List<String> secrets) {
        String masked = Secrets.maskUrl(candidate);
        if (masked.equals(candidate)) {
            return;
        }
        urls.put(candidate, masked);
        try {
            StoreUrl u = StoreUrl.parse(candidate);
            if (u.password() != null && !u.password().isEmpty()) {
                secrets.add(u.password());
            }
            u.params().forEach((k, v) -> {
                if (Secrets.SECRET_PARAMS.contains(k.toLowerCase(Locale.ROOT)) && v != null && !v.isEmpty()) {
                    secrets.add(v);
                }
            });
        } catch (RuntimeException notAUrl) {
            // the masked form is still replaced above; nothing more can be extracted
        }
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Map.Entry<String, String> e : urls.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return Secrets.scrub(out, secrets);
    }
}
