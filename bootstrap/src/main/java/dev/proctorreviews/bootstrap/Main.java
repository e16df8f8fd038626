package dev.proctorreviews.bootstrap;

import dev.proctorreviews.bootstrap.cli.ProctorReviewsCommand;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without arguments: starts the service from the environment and stops it cleanly on SIGTERM or Ctrl-C.
 * With arguments: the command line ({@code simulate}, {@code sign}, {@code --help}).
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            serve();
        } else {
            System.exit(ProctorReviewsCommand.run(args, Main::serve));
        }
    }

    private static void serve() {
        Configuration configuration;
        try {
            configuration = Configuration.fromEnvironment();
        } catch (ConfigurationException e) {
            LOG.error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        ProctorReviewsService service;
        try {
            service = ProctorReviewsService.start(configuration);
        } catch (RuntimeException e) {
            LOG.error("Start-up failed: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
