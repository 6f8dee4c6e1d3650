package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import java.nio.file.Path;
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

    /** The bridge of the configured account; the client is closed by the caller. */
    static OptimoveBridge bridge(ExampleConfig config, CheetahClient client) {
        return OptimoveBridge.builder().client(client).settings(config.settings).build();
    }
}
