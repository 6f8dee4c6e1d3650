package io.github.cheetahoptimove.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The examples tool: each subcommand is a small, readable example of the SDK against a real
 * CheetahMail account (credentials from the environment) or, for {@code demo}, the embedded fake.
 *
 * <p>Exit codes: 0 done; 1 a setup check failed; 2 a campaign failed; 64 a usage or config error.
 */
@Command(name = "cheetah-optimove-examples", mixinStandardHelpOptions = true, version = "0.1.0",
        description = "Drive CheetahMail sends for Optimove campaigns.",
        subcommands = {DemoCommand.class, DoctorCommand.class, TemplatesCommand.class, RunDayCommand.class,
            MetricsCommand.class, CancelCommand.class, SyncTemplatesCommand.class, PushMetricsCommand.class,
            OnEventCommand.class})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int CHECK_FAILED = 1;
    static final int CAMPAIGN_FAILED = 2;
    static final int USAGE = 64;

    final Map<String, String> env;
    final java.io.InputStream in;
    final PrintWriter out;
    final PrintWriter err;

    Main(Map<String, String> env, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    /** Runs the tool with these arguments, environment and streams, no standard input; returns the exit code. */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, env, java.io.InputStream.nullInputStream(), out, err);
    }

    /** Runs the tool with these arguments, environment and streams; returns the exit code. */
    static int run(String[] args, Map<String, String> env, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(env, in, out, err));
        cli.setOut(out).setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof UsageException ? USAGE : CAMPAIGN_FAILED);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            err.println("error: " + e.getMessage());
            return e instanceof UsageException ? USAGE : CAMPAIGN_FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Runs the tool. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, System.getenv(), System.in, out, err));
    }
}
