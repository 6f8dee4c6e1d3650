package io.github.cheetahoptimove.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.TemplateId;
import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The SDK's benchmarks, all on loopback against {@link SinkServer}, each printing its figures:
 * the list pipeline against a hand-written Jackson + OkHttp baseline, memory of a 10M-recipient
 * execution under {@code -Xmx128m}, call overhead of a typed GET against a raw one, and the token
 * single-flight, and a whole Optimove-fed day on both fakes with both rate limits on. Run:
 * {@code java -jar benchmarks/target/cheetah-optimove-benchmarks.jar [pipeline|memory|overhead|token|day]...}
 */
public final class Benchmarks {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String[] FIELD_NAMES = {"EMAIL", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"};

    /**
     * Hears when the bridge finished mapping (uploads of surely-new records overlap it) and each
     * template's upload, to split the SDK's time.
     */
    static final class Phases implements io.github.cheetahoptimove.optimove.ProgressListener {
        private volatile long mappedAt;
        private final List<Long> uploadedAt = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void mapped(long campaignId, long templateId, long total) {
            mappedAt = System.nanoTime();
        }

        @Override
        public void stepDone(long campaignId, long templateId, io.github.cheetahoptimove.optimove.ExecutionStep step) {
            if (step == io.github.cheetahoptimove.optimove.ExecutionStep.RECORDS_UPLOADED) {
                uploadedAt.add(System.nanoTime());
            }
        }

        void print(long start) {
            if (!uploadedAt.isEmpty()) {
                System.out.printf("    SDK phases: map, upload the surely new, spill the rest %.2f s; exact pass over the held back + last batches %.2f s%n", (mappedAt - start) / 1e9,
                        (uploadedAt.get(uploadedAt.size() - 1) - mappedAt) / 1e9);
            }
            uploadedAt.clear();
        }
    }

    static final Phases PHASES = new Phases();

    private Benchmarks() {}

    /** Runs the benchmarks named in {@code args}, or all. */
    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("pipeline", "memory", "overhead", "token", "day") : List.of(args);
        System.out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        try (SinkServer server = new SinkServer()) {
            if (which.contains("pipeline")) {
                pipeline(server, Long.getLong("bench.records", 1_000_000L));
            }
            if (which.contains("memory")) {
                memory(server, Long.getLong("bench.memoryRecords", 10_000_000L));
            }
            if (which.contains("overhead")) {
                overhead(server, Integer.getInteger("bench.calls", 20_000));
            }
            if (which.contains("token")) {
                token(server);
            }
            if (which.contains("day")) {
                DayBenchmark.run(Long.getLong("bench.dayRecords", 1_000_000L));
            }
        }
    }

    // ------------------------------------------------------------------ 1. pipeline

    static void pipeline(SinkServer server, long n) throws IOException {
        System.out.printf("%n== 1. pipeline: %,d recipients, 10 attributes, batches of 1,000%n", n);
        OkHttpClient raw = rawClient();
        try (CheetahClient client = Workload.client(server.baseUrl())) {
            OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(Workload.settings())
                    .progressListener(PHASES).build();
            baseline(raw, server, n / 5);
            sdk(bridge, n / 5, 1);
            int runs = Integer.getInteger("bench.runs", 5);
            double[] base = new double[runs];
            double[] sdk = new double[runs];
            double[] ratio = new double[runs];
            for (int i = 0; i < runs; i++) {
                base[i] = baseline(raw, server, n);
                sdk[i] = sdk(bridge, n, 10 + i);
                ratio[i] = sdk[i] / base[i];
                System.out.printf("  run %d: baseline %,.0f records/s, SDK %,.0f records/s, ratio %.2f%n", i + 1,
                        base[i], sdk[i], ratio[i]);
            }
            double b = median(base);
            double s = median(sdk);
            System.out.printf("pipeline: median baseline %,.0f records/s, median SDK %,.0f records/s, median of the "
                    + "paired SDK/baseline ratios %.2f (target >= 0.85 and >= 200,000 records/s)%n", b, s,
                    median(ratio));
        } finally {
            raw.dispatcher().executorService().shutdown();
        }
    }

    private static double sdk(OptimoveBridge bridge, long n, long campaignId) {
        long start = System.nanoTime();
        ExecutionReport report = bridge.execute(Workload.campaign(campaignId, n));
        double seconds = (System.nanoTime() - start) / 1e9;
        PHASES.print(start);
        long accepted = report.templates().stream().mapToLong(t -> t.accepted()).sum();
        if (!report.succeeded() || accepted != n) {
            throw new IllegalStateException("SDK run failed: accepted " + accepted + " of " + n + ", error "
                    + report.failure().map(Object::toString).orElse("none"));
        }
        return n / seconds;
    }

    /**
     * Writes the same records, from the same recipients, with Jackson's streaming generator and posts
     * them with raw OkHttp, one call after another: no validation, no spill, no duplicate check.
     */
    private static double baseline(OkHttpClient http, SinkServer server, long n) throws IOException {
        JsonFactory factory = new JsonFactory();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(512 * 1024);
        String url = server.baseUrl() + "/services2/api/ListRecords?listId=3100";
        long start = System.nanoTime();
        long sent = 0;
        while (sent < n) {
            buffer.reset();
            long end = Math.min(n, sent + 1000);
            try (JsonGenerator g = factory.createGenerator(buffer)) {
                g.writeStartObject();
                g.writeNumberField("apiPostId", 55);
                g.writeArrayFieldStart("records");
                for (long i = sent; i < end; i++) {
                    java.util.Map<String, String> attributes = Workload.recipient(i).attributes();
                    g.writeStartObject();
                    g.writeArrayFieldStart("data");
                    for (int k = 0; k < Workload.ATTRIBUTES.length; k++) {
                        g.writeStartObject();
                        g.writeStringField("name", FIELD_NAMES[k]);
                        g.writeStringField("value", attributes.get(Workload.ATTRIBUTES[k]));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            Request request = new Request.Builder().url(url).header("Authorization", "Bearer bench-token")
                    .post(RequestBody.create(buffer.toByteArray(), JSON)).build();
            try (Response response = http.newCall(request).execute()) {
                if (!response.isSuccessful()) {
                    throw new IOException("baseline post answered " + response.code());
                }
                response.body().string();
            }
            sent = end;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** A plain OkHttpClient with {@code TCP_NODELAY}, as a hand-written caller who read the performance notes would build. */
    private static OkHttpClient rawClient() {
        return new OkHttpClient.Builder().socketFactory(new NoDelaySockets()).build();
    }

    /** OkHttp only asks its factory for unconnected sockets, so that is all the baseline implements. */
    private static final class NoDelaySockets extends SocketFactory {
        @Override
        public java.net.Socket createSocket() throws IOException {
            java.net.Socket s = new java.net.Socket();
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public java.net.Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException("OkHttp connects the sockets itself");
        }

        @Override
        public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) {
            throw new UnsupportedOperationException("OkHttp connects the sockets itself");
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) {
            throw new UnsupportedOperationException("OkHttp connects the sockets itself");
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local,
                int localPort) {
            throw new UnsupportedOperationException("OkHttp connects the sockets itself");
        }
    }

    // ------------------------------------------------------------------ 2. memory

    static void memory(SinkServer server, long n) throws Exception {
        System.out.printf("%n== 2. memory: %,d recipients through execute() in a JVM with -Xmx128m%n", n);
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), MemoryRun.class.getName(), server.baseUrl(), Long.toString(n)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("  " + line);
            }
        }
        System.out.println("memory: child exited " + p.waitFor() + (p.exitValue() == 0 ? " (completed)" : " (FAILED)"));
    }

    // ------------------------------------------------------------------ 3. overhead

    static void overhead(SinkServer server, int calls) throws IOException {
        System.out.printf("%n== 3. call overhead: %,d GETs of a template by id, typed vs raw%n", calls);
        OkHttpClient raw = rawClient();
        String url = server.baseUrl() + "/services2/api/EmailTemplates?id=9001";
        try (CheetahClient client = Workload.client(server.baseUrl())) {
            long[] sdk = new long[calls];
            long[] rawTimes = new long[calls];
            for (int i = 0; i < calls / 2; i++) {
                client.templates().get(TemplateId.of(9001));
                rawGet(raw, url);
            }
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                client.templates().get(TemplateId.of(9001));
                long t1 = System.nanoTime();
                rawGet(raw, url);
                long t2 = System.nanoTime();
                sdk[i] = t1 - t0;
                rawTimes[i] = t2 - t1;
            }
            Arrays.sort(sdk);
            Arrays.sort(rawTimes);
            double sdkP50 = sdk[calls / 2] / 1000.0;
            double rawP50 = rawTimes[calls / 2] / 1000.0;
            System.out.printf("overhead: SDK p50 %.1f µs (p99 %.1f), raw p50 %.1f µs (p99 %.1f), SDK/raw p50 %.2f "
                    + "(target <= 1.15)%n", sdkP50, sdk[calls * 99 / 100] / 1000.0, rawP50,
                    rawTimes[calls * 99 / 100] / 1000.0, sdkP50 / rawP50);
        } finally {
            raw.dispatcher().executorService().shutdown();
        }
    }

    /** What a hand-written caller does: build the request, send it with the token, read the body. */
    private static void rawGet(OkHttpClient http, String url) throws IOException {
        Request request = new Request.Builder().url(url).header("Authorization", "Bearer bench-token").build();
        try (Response response = http.newCall(request).execute()) {
            response.body().string();
        }
    }

    // ------------------------------------------------------------------ 4. token

    static void token(SinkServer server) throws Exception {
        System.out.println();
        System.out.println("== 4. token single-flight: 64 threads start calls with no token yet");
        int before = server.tokenRequests.get();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try (CheetahClient client = Workload.client(server.baseUrl())) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return client.templates().get(TemplateId.of(9001));
                }));
            }
            go.countDown();
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("token: %d token request(s) for 64 concurrent calls (target exactly 1)%n",
                server.tokenRequests.get() - before);
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
