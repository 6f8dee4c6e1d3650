package io.github.cheetahoptimove.examples;

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
        return options.withBridge(main.env, bridge -> {
            SetupReport report = bridge.checkSetup();
            options.print(main.out, Reports.doctor(report), Reports.doctorText(report));
            return report.ok() ? Main.OK : Main.CHECK_FAILED;
        });
    }
}
