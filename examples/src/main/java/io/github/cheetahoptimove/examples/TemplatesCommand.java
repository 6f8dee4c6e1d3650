package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.ChannelTemplate;
import java.util.List;
import picocli.CommandLine.Command;

/** Example: the Optimove folder's templates, as offered to Optimove. */
@Command(name = "templates", description = "List the Optimove folder's templates and their personalization fields.")
final class TemplatesCommand extends AccountCommand {
    @Override
    public Integer call() {
        return options.withBridge(main.env, bridge -> {
            List<ChannelTemplate> templates = bridge.templates();
            options.print(main.out, Reports.templates(templates), Reports.templatesText(templates));
            return Main.OK;
        });
    }
}
