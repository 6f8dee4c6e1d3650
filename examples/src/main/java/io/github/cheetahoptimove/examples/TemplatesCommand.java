package io.github.cheetahoptimove.examples;

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
        return options.withBridge(main.env, bridge -> {
            List<ChannelTemplate> templates = bridge.templates();
            options.print(main.out, Reports.templates(templates), Reports.templatesText(templates));
            return Main.OK;
        });
    }
}
