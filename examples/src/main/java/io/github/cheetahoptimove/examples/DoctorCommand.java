package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.SetupReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** Example: the setup check. Exits 1 when any check fails. */
@Command(name = "doctor", description = "Check each setup requirement of the integration.")
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        ExampleConfig config = ExampleConfig.read(options.config);
        try (CheetahClient client = config.client(main.env)) {
            SetupReport report = CommonOptions.bridge(config, client).checkSetup();
            main.out.print(options.json() ? Reports.json(Reports.doctor(report)) + "\n" : Reports.doctorText(report));
            return report.ok() ? Main.OK : Main.CHECK_FAILED;
        }
    }
}
