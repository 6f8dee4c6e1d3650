package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What every command on a configured account has: the tool it runs in and the common options. */
abstract class AccountCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions options;

    /** A command that also reads a campaigns file. */
    abstract static class WithCampaigns extends AccountCommand {
        @Option(names = "--campaigns", required = true, description = "The campaigns JSON file.")
        Path campaigns;

        List<OptimoveCampaign> readCampaigns() {
            return CampaignsFile.read(campaigns);
        }
    }
}
