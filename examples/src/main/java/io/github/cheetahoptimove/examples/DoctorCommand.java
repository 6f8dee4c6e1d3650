package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.SetupReport;
import picocli.CommandLine.Command;

/** Example: the setup check. Exits 1 when any check fails. */
@Command(name = "doctor", description = "Check each setup requirement of the integration.")
final class DoctorCommand extends AccountCommand {
    @Override
    public Integer call() {
        return options.withBridge(main.env, bridge -> {
            SetupReport report = bridge.checkSetup();
            options.print(main.out, Reports.doctor(report), Reports.doctorText(report));
            return report.ok() ? Main.OK : Main.CHECK_FAILED;
        });
    }
}
