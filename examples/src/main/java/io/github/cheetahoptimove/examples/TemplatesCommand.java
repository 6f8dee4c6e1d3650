package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.ChannelTemplate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** Example: the Optimove folder's templates, as offered to Optimove. */
@Command(name = "templates", description = "List the Optimove folder's templates and their personalization fields.")
final class TemplatesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        ExampleConfig config = ExampleConfig.read(options.config);
        try (CheetahClient client = config.client(main.env)) {
            List<ChannelTemplate> templates = CommonOptions.bridge(config, client).templates();
            main.out.print(options.json() ? Reports.json(Reports.templates(templates)) + "\n"
                    : Reports.templatesText(templates));
            return Main.OK;
        }
    }
}
