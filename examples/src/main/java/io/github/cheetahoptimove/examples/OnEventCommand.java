package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.EventReport;
import io.github.cheetahoptimove.optimove.client.OptimoveEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Example: handles one Optimove notification body, as a host's endpoint would after answering
 * {@code 200}: type 1 executes the campaign, type 4 cancels it, others are acknowledged.
 */
@Command(name = "on-event", description = "Handle one Optimove notification body (a file, or - for stdin).")
final class OnEventCommand extends AccountCommand {
    @Parameters(index = "0", defaultValue = "-", description = "The notification body: a file, or - for stdin.")
    String source;

    @Override
    public Integer call() {
        byte[] body;
        try {
            body = source.equals("-") ? main.in.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (IOException e) {
            throw new UsageException("on-event: cannot read " + source + " (" + e.getMessage() + ")", e);
        }
        OptimoveEvent event;
        try {
            event = OptimoveEvent.parse(body);
        } catch (IllegalArgumentException e) {
            throw new UsageException("on-event: " + (source.equals("-") ? "stdin" : source) + ": " + e.getMessage(), e);
        }
        return options.withOptimoveBridge(main.env, bridge -> {
            EventReport report = bridge.handle(event);
            options.print(main.out, Reports.event(report), Reports.eventText(report));
            return report.succeeded() ? Main.OK : Main.CAMPAIGN_FAILED;
        });
    }
}
