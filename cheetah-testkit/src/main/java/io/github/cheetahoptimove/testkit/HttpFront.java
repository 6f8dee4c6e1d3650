package io.github.cheetahoptimove.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The HTTP side of a fake: the JDK's server on loopback, reading requests, applying {@link Faults},
 * counting requests per route, stamping an {@code X-Request-Id}, and writing answers as JSON. The
 * fake's routes only see {@link Request}s and return {@link Answer}s.
 *
 * <p>The JDK server reads {@code sun.net.httpserver.nodelay} once, when its first instance is made
 * in a JVM: {@link #start} sets it to {@code true} when nobody set it, so that Nagle's algorithm
 * does not add 40 ms to each answer. A fault's delay is real time, since it acts on a client's real
 * timeout.
 */
final class HttpFront implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Handles a request that passed the faults. */
    interface Handler {
        Answer handle(Request request);
    }

    private final String name;
    private final Faults faults;
    private final Function<String, String> routeOf;
    private final Function<Faults.Rule, Answer> injected;
    private final Handler handler;
    private final int maxBody;
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
    private final AtomicLong requestIds = new AtomicLong();
    private HttpServer server;
    private ExecutorService executor;

    /**
     * @param routeOf a path's route name, or {@code null} when the path is not the API's (404)
     * @param injected the answer of a {@code respond} fault in the API's error shape
     * @param maxBody bytes of a body read; the rest is discarded (read a little past the API's limit)
     */
    HttpFront(String name, Faults faults, Function<String, String> routeOf, Function<Faults.Rule, Answer> injected,
            Handler handler, int maxBody) {
        this.name = name;
        this.faults = faults;
        this.routeOf = routeOf;
        this.injected = injected;
        this.handler = handler;
        this.maxBody = maxBody;
    }

    HttpFront start(int port) {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the " + name + " on port " + port, e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name.replace(' ', '-') + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Requests that arrived for a route, whatever their outcome. */
    int requestCount(String method, String route) {
        AtomicInteger n = requestCounts.get(method.toUpperCase(Locale.ROOT) + " " + route);
        return n == null ? 0 : n.get();
    }

    void resetCounts() {
        requestCounts.clear();
    }

    private void exchange(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            String route = routeOf.apply(ex.getRequestURI().getRawPath());
            byte[] body = readBody(ex.getRequestBody());
            if (route != null) {
                requestCounts.computeIfAbsent(method + " " + route, k -> new AtomicInteger()).incrementAndGet();
            }
            Faults.Rule rule = route == null ? null : faults.match(method, route);
            if (rule != null && rule.kind == Faults.Kind.DROP) {
                // Closing an exchange that sent no headers closes its connection: no answer at all.
                return;
            }
            Answer answer;
            if (rule != null && rule.kind == Faults.Kind.RESPOND) {
                answer = injected.apply(rule);
                if (rule.duration != null) {
                    answer.with("Retry-After", Long.toString(rule.duration.toSeconds()));
                }
            } else if (route == null) {
                answer = new Answer(404, JSON.createObjectNode().put("message", "no such resource"));
            } else {
                answer = handler.handle(new Request(method, route, ex.getRequestHeaders(),
                        ex.getRequestURI().getRawQuery(), body));
            }
            if (rule != null && rule.kind == Faults.Kind.ACT_THEN_DELAY) {
                sleep(rule.duration);
            }
            send(ex, answer);
        } finally {
            ex.close();
        }
    }

    private byte[] readBody(InputStream in) throws IOException {
        byte[] data = in.readNBytes(maxBody);
        in.transferTo(OutputStream.nullOutputStream());
        return data;
    }

    private void send(HttpExchange ex, Answer a) throws IOException {
        ex.getResponseHeaders().set("X-Request-Id", "fake-" + requestIds.incrementAndGet());
        a.headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (a.body == null) {
            ex.sendResponseHeaders(a.status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(a.body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(a.status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
