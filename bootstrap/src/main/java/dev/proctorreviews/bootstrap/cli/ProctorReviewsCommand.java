package dev.proctorreviews.bootstrap.cli;

import dev.proctorreviews.http.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command line. Without a subcommand it runs the service, so {@code java -jar proctor-reviews.jar}
 * stays the one way to start it; the subcommands are an integrator's tools for trying the service as a vendor
 * would, built on the same signature code the service verifies with.
 */
@Command(name = "proctor-reviews", mixinStandardHelpOptions = true, versionProvider = ProctorReviewsCommand.Version.class,
        subcommands = {SimulateCommand.class, SignCommand.class, CommandLine.HelpCommand.class},
        description = {"Runs the Proctor Reviews service when started without a command (configured by PROCTOR_*"
                + " environment variables; none are required).", "The commands below play a proctoring vendor."})
public final class ProctorReviewsCommand implements Runnable {
    private final Runnable service;

    private ProctorReviewsCommand(Runnable service) {
        this.service = service;
    }

    /** Runs the command line and answers the process's exit code. */
    public static int run(String[] args, Runnable service) {
        return new CommandLine(new ProctorReviewsCommand(service))
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println(commandLine.getColorScheme().errorText(e.getMessage()));
                    commandLine.getErr().flush();
                    return 1;
                })
                .execute(args);
    }

    @Override
    public void run() {
        service.run();
    }

    /** The build's version, as the landing page shows it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Proctor Reviews " + BuildInfo.version()};
        }
    }
}
