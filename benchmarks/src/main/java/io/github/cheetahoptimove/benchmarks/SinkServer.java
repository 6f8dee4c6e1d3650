package io.github.cheetahoptimove.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal loopback CheetahMail for benchmarks: canned answers for every call the bridge makes,
 * and a {@code ListRecords} handler that reads each body whole and counts its records by scanning
 * bytes, so that the server is never the bottleneck. Nagle is off on its side too.
 */
final class SinkServer implements AutoCloseable {
    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final int FIELDS = 10;

    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicLong records = new AtomicLong();
    final AtomicLong batches = new AtomicLong();
    private final HttpServer server;
    private final ExecutorService pool;

    SinkServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sink");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
            String method = ex.getRequestMethod();
            byte[] body = readAll(ex.getRequestBody());
            String answer;
            int status = 200;
            if (path.endsWith("/oAuth2/Token")) {
                tokenRequests.incrementAndGet();
                sleepQuietly(50);
                answer = "{\"access_token\":\"bench-token\",\"token_type\":\"bearer\",\"expires_in\":28800}";
            } else if (path.endsWith("/ListRecords")) {
                long n = count(body);
                records.addAndGet(n);
                batches.incrementAndGet();
                answer = "{\"accepted\":" + n + ",\"rejected\":[]}";
            } else if (path.endsWith("/DataMaps")) {
                StringBuilder sb = new StringBuilder("{\"id\":55,\"name\":\"bench\",\"fields\":[")
                        .append("{\"mapTo\":\"EMAIL\",\"type\":\"STRING\",\"unique\":true}");
                for (int i = 1; i < FIELDS; i++) {
                    sb.append(",{\"mapTo\":\"F").append(i).append("\",\"type\":\"")
                            .append(i == 1 ? "NUMBER" : i == 2 ? "DATE" : "STRING").append("\"}");
                }
                answer = sb.append("]}").toString();
            } else if (path.endsWith("/EmailTemplates") && query.contains("folderId")) {
                answer = "{\"items\":[{\"id\":9001,\"name\":\"A\",\"folderId\":77,\"personalizationFields\":[]},"
                        + "{\"id\":9002,\"name\":\"B\",\"folderId\":77,\"personalizationFields\":[]}],"
                        + "\"page\":1,\"pageSize\":200,\"totalCount\":2}";
            } else if (path.endsWith("/EmailTemplates")) {
                answer = "{\"id\":9001,\"name\":\"Winback 20% off\",\"subject\":\"We miss you\",\"folderId\":77,"
                        + "\"modifiedAt\":\"2026-11-20T08:30:00-05:00\",\"personalizationFields\":[\"FNAME\"]}";
            } else if (path.endsWith("/Account")) {
                answer = "{\"custId\":1234,\"name\":\"Bench\",\"timeZone\":\"UTC\"}";
            } else if (path.endsWith("/Lists") && method.equals("POST")) {
                status = 201;
                answer = "{\"id\":" + (3000 + batches.get() % 1000 + System.nanoTime() % 1000) + "}";
            } else if (path.endsWith("/Lists") && query.startsWith("name")) {
                answer = "{\"items\":[],\"page\":1,\"pageSize\":100,\"totalCount\":0}";
            } else if (path.endsWith("/Lists")) {
                answer = "{\"id\":3100,\"name\":\"x\",\"recordCount\":1}";
            } else if (path.endsWith("/EmailCampaign") && method.equals("POST")) {
                status = 201;
                answer = "{\"campId\":4400}";
            } else if (path.endsWith("/EmailCampaign") && query.startsWith("externalRef")) {
                answer = "{\"items\":[],\"page\":1,\"pageSize\":100,\"totalCount\":0}";
            } else if (path.endsWith("/EmailCampaign")) {
                answer = "{\"campId\":4400,\"Name\":\"x\",\"TemplateId\":9001,\"ListId\":3100,\"Status\":\"SCHEDULED\","
                        + "\"campParam\":{\"sendSchedule\":{\"startTime\":\"2030-01-01T10:00:00\",\"timeZone\":\"UTC\"}}}";
            } else {
                status = 404;
                answer = "{\"message\":\"no such route\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        } finally {
            ex.close();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    /** Records in a ListRecords body: occurrences of {@code "data"}. */
    private static long count(byte[] b) {
        long n = 0;
        for (int i = 0; i + 6 <= b.length; i++) {
            if (b[i] == '"' && b[i + 1] == 'd' && b[i + 2] == 'a' && b[i + 3] == 't' && b[i + 4] == 'a'
                    && b[i + 5] == '"') {
                n++;
                i += 5;
            }
        }
        return n;
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
