package io.agentstore.config;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in anything that may be shown to a person: the password of a URL's user
 * info and the values of secret query parameters ({@code password}, {@code authToken},
 * {@code token}, …) become {@code ***}.
 *
 * <pre>{@code
 * Secrets.maskUrl("postgresql://app:s3cret@db/app?authToken=abc"); // postgresql://app:***@db/app?authToken=***
 * }</pre>
 */
public final class Secrets {
    /** Query parameters whose values are secrets (compared without case). */
    public static final Set<String> SECRET_PARAMS = Set.of("password", "pass", "pwd", "authtoken", "auth_token", "token",
            "apitoken", "api_token", "secret", "sslpassword", "key", "accesskey", "secretkey", "access_key", "secret_key");
    public static final String MASK = "***";
    private static final Pattern PARAM = Pattern.compile("([?&;])([^=&;#]+)=([^&;#]*)");
    private static final Pattern NESTED_USER_INFO = Pattern.compile("(://[^:/?#@&,\\s]*:)[^@&,\\s]*@");

    private Secrets() {
    }

    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String out = url;
        int at = out.indexOf("://");
        if (at > 0) {
            // The user info ends at the last '@' before the query: a password may hold a raw '/',
            // '#' or '@' (generated passwords often do), so neither may be taken as its end.
            int end = firstOf(out, at + 3, '?');
            int userEnd = out.lastIndexOf('@', end - 1);
            if (userEnd > at + 3 - 1) {
                String userInfo = out.substring(at + 3, userEnd);
                int colon = userInfo.indexOf(':');
                if (colon >= 0) {
                    out = out.substring(0, at + 3) + userInfo.substring(0, colon) + ":" + MASK + out.substring(userEnd);
                }
            }
            // URLs inside parameters, such as replicas=postgresql://u:pw@r1/db, carry passwords too
            int query = out.indexOf('?', at);
            if (query >= 0) {
                out = out.substring(0, query) + NESTED_USER_INFO.matcher(out.substring(query)).replaceAll("$1" + MASK + "@");
            }
        }
        Matcher m = PARAM.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            String repl = SECRET_PARAMS.contains(name) ? m.group(1) + m.group(2) + "=" + MASK
                    : m.group(1) + m.group(2) + "=" + maskEncodedUrls(m.group(3));
            m.appendReplacement(sb, Matcher.quoteReplacement(repl));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A parameter value holding URL-encoded URLs ({@code replicas=postgresql%3A%2F%2Fu%3Apw%40r1…}) with their passwords masked. */
    private static String maskEncodedUrls(String value) {
        if (!value.toLowerCase(Locale.ROOT).contains("%3a%2f%2f")) {
            return value;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return MASK; // not decodable, so not checkable: show nothing of it
        }
        String masked = NESTED_USER_INFO.matcher(decoded).replaceAll("$1" + MASK + "@");
        return URLEncoder.encode(masked, StandardCharsets.UTF_8).replace("%2A", "*");
    }

    /** Replaces every occurrence of each non-empty secret in {@code text} with {@code ***}. */
    public static String scrub(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            if (s != null && s.length() >= 3) {
                out = out.replace(s, MASK);
            }
        }
        return out;
    }

    private static int firstOf(String s, int from, char... cs) {
        int best = s.length();
        for (char c : cs) {
            int i = s.indexOf(c, from);
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }
}
