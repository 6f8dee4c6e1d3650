package io.github.cheetahoptimove.spring;

import io.github.cheetahoptimove.optimove.EventReport;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.client.OptimoveEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Optimove's notifications at {@code POST /optimove/events/{secret}}: answers {@code 200} at once and
 * hands the event to the bridge on a worker thread (rule 9: a type 1 executes, a type 4 cancels).
 * Any other path secret answers {@code 404}, so the endpoint cannot be told apart from a missing
 * one; a body that is not a notification answers {@code 400}. The secret is compared in constant
 * time and never logged.
 */
@RestController
public class OptimoveEventController {
    private static final Logger LOG = LoggerFactory.getLogger(OptimoveEventController.class);

    private final OptimoveBridge bridge;
    private final byte[] secret;
    private final ExecutorService worker;
    private volatile Consumer<EventReport> onHandled = r -> { };

    /** An endpoint for {@code bridge}, guarded by {@code secret}, working on {@code worker}. */
    public OptimoveEventController(OptimoveBridge bridge, String secret, ExecutorService worker) {
        this.bridge = bridge;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.worker = worker;
    }

    /** Hears each handled event's report (tests, and hosts that keep them). */
    public void onHandled(Consumer<EventReport> listener) {
        this.onHandled = listener;
    }

    /** Takes one notification. */
    @PostMapping("/optimove/events/{secret}")
    public ResponseEntity<Void> notify(@PathVariable("secret") String given, @RequestBody(required = false) byte[] body) {
        if (!MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.notFound().build();
        }
        OptimoveEvent event;
        try {
            event = OptimoveEvent.parse(body == null ? new byte[0] : body);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        worker.submit(() -> {
            try {
                EventReport report = bridge.handle(event);
                LOG.info("Optimove event {} of campaign {}: {} ({})", event.eventTypeId(), event.campaignId(),
                        report.action(), report.reason());
                onHandled.accept(report);
            } catch (RuntimeException e) {
                LOG.error("Optimove event {} of campaign {} failed: {}", event.eventTypeId(), event.campaignId(),
                        e.toString());
            }
        });
        return ResponseEntity.ok().build();
    }
}
