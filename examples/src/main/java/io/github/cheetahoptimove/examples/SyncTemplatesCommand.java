package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.TemplateSync;
import picocli.CommandLine.Command;

/** Example: the Optimove folder's templates into Optimove's channel templates. */
@Command(name = "sync-templates", description = "Make Optimove's channel templates the Optimove folder's.")
final class SyncTemplatesCommand extends AccountCommand {
    @Override
    public Integer call() {
        return options.withOptimoveBridge(main.env, bridge -> {
            TemplateSync sync = bridge.syncTemplates();
            options.print(main.out, Reports.templatesSync(sync), Reports.templatesSyncText(sync));
            return Main.OK;
        });
    }
}
