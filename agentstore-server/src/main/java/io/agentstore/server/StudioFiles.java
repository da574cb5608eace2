package io.agentstore.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;

/**
 * The Studio: static files from the classpath folder {@code studio/} served at {@code /}. A
 * browser path that is no file and no API route (a Studio page such as {@code /threads/t1})
 * gets {@code index.html}, so the Studio's own router can show it; an unknown {@code /api}
 * path stays a JSON 404. A jar built without the Studio answers {@code /} with a short page
 * that points at the API.
 */
final class StudioFiles {
    private static final String PLACEHOLDER = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>AgentStore</title></head>
            <body><h1>AgentStore</h1>
            <p>The Studio is not part of this build. The JSON API is at <a href="/api/status">/api</a>;
            its description is <a href="/openapi.json">/openapi.json</a>.</p></body></html>
            """;
    private final String root;
    private final byte[] index;

    /** @param root classpath folder of the Studio, without slashes ({@code studio}) */
    StudioFiles(String root) {
        this.root = root;
        this.index = load(root + "/index.html");
    }

    void configure(JavalinConfig config) {
        if (index == null) {
            return;
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/" + root;
            files.location = Location.CLASSPATH;
            // revalidate on every load so a new build of the Studio shows at once; the ETag keeps it cheap
            files.headers = Map.of("Cache-Control", "no-cache");
        });
    }

    /**
     * Answers a request no route and no file matched with the Studio's page, when it is a
     * browser navigation: a GET outside {@code /api} whose last segment has no dot (a missing
     * {@code app.js} stays a 404). Returns whether it answered.
     */
    boolean serveFallback(Context ctx) {
        String path = ctx.path();
        if (ctx.method() != HandlerType.GET || path.equals("/api") || path.startsWith("/api/") || path.equals("/openapi.json")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return false;
        }
        ctx.status(200).contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache")
                .result(index != null ? index : PLACEHOLDER.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static byte[] load(String resource) {
        try (InputStream in = StudioFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
