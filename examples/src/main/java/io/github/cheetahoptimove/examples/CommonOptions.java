package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every account command shares: the config file and the output format. */
final class CommonOptions {
    /** The report format. */
    enum Output { text, json }

    @Option(names = "--config", required = true, description = "The config JSON file (see the setup guide).")
    Path config;

    @Option(names = "--output", defaultValue = "text", description = "text or json (one JSON document on stdout).")
    Output output;

    boolean json() {
        return output == Output.json;
    }

    /** What a command does with the configured account's bridge; returns the exit code. */
    @FunctionalInterface
    interface BridgeCommand {
        int run(OptimoveBridge bridge);
    }

    /**
     * Reads the config, builds the account's client (credentials from {@code env}) and bridge, runs
     * {@code command}, and closes the client.
     */
    int withBridge(Map<String, String> env, java.util.function.UnaryOperator<OptimoveBridge.Builder> customize,
            BridgeCommand command) {
        ExampleConfig settings = ExampleConfig.read(config);
        try (CheetahClient client = settings.client(env)) {
            return command.run(customize.apply(OptimoveBridge.builder().client(client).settings(settings.settings))
                    .build());
        }
    }

    /**
     * Like {@link #withBridge(Map, java.util.function.UnaryOperator, BridgeCommand)}, with the bridge
     * also fed from Optimove ({@code OPTIMOVE_API_KEY} and the config's {@code optimove} object);
     * the lock file stands beside the config file.
     */
    int withOptimoveBridge(Map<String, String> env, BridgeCommand command) {
        ExampleConfig settings = ExampleConfig.read(config);
        int channel = settings.channelId();
        java.time.ZoneId site = settings.siteZone();
        io.github.cheetahoptimove.optimove.client.AttributeDelimiter delimiter = settings.delimiter();
        try (io.github.cheetahoptimove.optimove.client.OptimoveClient optimove = settings.optimoveClient(env);
                CheetahClient client = settings.client(env)) {
            java.nio.file.Path lock = config.toAbsolutePath().resolveSibling(config.getFileName() + ".lock");
            return command.run(OptimoveBridge.builder().client(client).settings(settings.settings)
                    .optimove(optimove, channel, site).attributesDelimiter(delimiter)
                    .lock(new FileExecutionLock(lock)).build());
        }
    }

    /** {@link #withBridge(Map, java.util.function.UnaryOperator, BridgeCommand)} with a plain bridge. */
    int withBridge(Map<String, String> env, BridgeCommand command) {
        return withBridge(env, b -> b, command);
    }

    /** Prints {@code json} or {@code text}, as the output option asks. */
    void print(java.io.PrintWriter out, com.fasterxml.jackson.databind.node.ObjectNode json, String text) {
        out.print(json() ? Reports.json(json) + "\n" : text);
    }
}
