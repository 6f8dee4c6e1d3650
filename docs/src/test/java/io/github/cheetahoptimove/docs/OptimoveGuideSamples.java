package io.github.cheetahoptimove.docs;

import com.sun.net.httpserver.HttpServer;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.EventReport;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import io.github.cheetahoptimove.optimove.client.OptimoveEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/** The bridge guide's Optimove samples; OptimoveGuideSamplesTest runs them against both fakes. */
final class OptimoveGuideSamples {
    private OptimoveGuideSamples() {}

    static DayReport optimoveDay(CheetahClient client, IntegrationSettings settings, String optimoveUrl,
            String apiKey, LocalDate today) {
        // tag::optimove-day[]
        try (OptimoveClient optimove = OptimoveClient.builder()
                .baseUrl(optimoveUrl)                 // e.g. https://api5.optimove.net
                .apiKey(apiKey)                       // System.getenv("OPTIMOVE_API_KEY")
                .allowInsecureHttp()                  // only for the local fake
                .build()) {
            OptimoveBridge bridge = OptimoveBridge.builder()
                    .client(client).settings(settings)
                    .optimove(optimove, 504, ZoneId.of("Europe/Berlin"))
                    .build();
            DayReport day = bridge.runDay(today);     // execute, sync templates, push last week's metrics
            day.executions().forEach(e -> System.out.println(e.campaignId() + " ok=" + e.succeeded()));
            return day;
        }
        // end::optimove-day[]
    }

    static HttpServer listener(OptimoveBridge bridge, ExecutorService worker, int port, String secret,
            Consumer<EventReport> done) throws IOException {
        // tag::listener[]
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);     // your port, e.g. 8080
        server.createContext("/optimove/" + secret, exchange -> {    // the secret is the only guard
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            exchange.sendResponseHeaders(200, -1);                  // answer at once...
            exchange.close();
            worker.submit(() -> {                                   // ...and do the work afterwards
                EventReport report = bridge.handle(OptimoveEvent.parse(body));
                done.accept(report);
            });
        });
        server.start();
        // end::listener[]
        return server;
    }
}
