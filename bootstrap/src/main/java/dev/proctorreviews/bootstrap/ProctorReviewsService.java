package dev.proctorreviews.bootstrap;

import dev.proctorreviews.application.crypto.AesGcmVideoLinkVault;
import dev.proctorreviews.application.outbound.HostResolver;
import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.application.port.out.ReviewPayloadReader;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.StorageUnavailableException;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.VideoLinkVault;
import dev.proctorreviews.application.service.CoreSettings;
import dev.proctorreviews.application.service.ProctorCore;
import dev.proctorreviews.application.service.delivery.ForgetOldWebhooksService;
import dev.proctorreviews.application.service.outbound.OutboxSink;
import dev.proctorreviews.domain.review.ReviewPolicy;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.http.HttpApi;
import dev.proctorreviews.http.HttpSettings;
import dev.proctorreviews.persistence.PostgresStores;
import dev.proctorreviews.persistence.StatisticsKeeper;
import dev.proctorreviews.vendor.psi.PsiPayloadParser;
import dev.proctorreviews.vendor.softwaresecure.SoftwareSecurePayloadParser;
import dev.proctorreviews.web.PageSettings;
import dev.proctorreviews.web.PageUseCases;
import dev.proctorreviews.web.ReviewPages;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assembled service: database, core, HTTP (the API and the review pages on one server), and the outbox
 * dispatcher when a sink is configured (the Open edX event bus). {@link #start} brings it up and {@link #close}
 * takes it down in the reverse order (stop taking requests and finish those in flight, then let the tries in flight
 * finish, then close the pool, then stop the embedded database). End-to-end tests start exactly this.
 */
public final class ProctorReviewsService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProctorReviewsService.class);

    /** How long a stop waits for requests in flight; with the database's own stop it stays under 10 s. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(7);
    private static final Map<ReviewSource, ReviewPayloadReader> PAYLOAD_READERS = Map.of(
            ReviewSource.SOFTWARE_SECURE, new SoftwareSecurePayloadParser(), ReviewSource.PSI, new PsiPayloadParser());

    private final Database database;
    private final HttpApi http;
    private final ScheduledExecutorService housekeeping;
    private final OutboundWebhooks outbound;
    private final Optional<OpenEdxEventBus> openEdx;

    private ProctorReviewsService(Database database, HttpApi http, ScheduledExecutorService housekeeping,
                                  OutboundWebhooks outbound, Optional<OpenEdxEventBus> openEdx) {
        this.database = database;
        this.http = http;
        this.housekeeping = housekeeping;
        this.outbound = outbound;
        this.openEdx = openEdx;
    }

    /**
     * Configuration, then the database, then the core over it, then the HTTP side over the core. The database's
     * migration and the JSON warm-up run on their own threads meanwhile; the port opens only once both are
     * done, so no request meets an old schema.
     */
    public static ProctorReviewsService start(Configuration configuration) {
        // Microsecond ticks: PostgreSQL keeps microseconds, so a time answered now reads back the same later.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        warnAboutRiskySettings(configuration);
        int port = configuration.httpPort() == 0 ? anyFreePort() : configuration.httpPort();
        Database database = Database.prepare(configuration, registry);
        Stores stores = PostgresStores.create(database.dataSource());
        Optional<OpenEdxEventBus> openEdx = configuration.openEdxEventBus()
                .map(bus -> OpenEdxEventBus.of(bus, stores, registry));
        try {
            CompletableFuture<Void> migrated = CompletableFuture.runAsync(database::migrate,
                    work -> new Thread(work, "database-start").start());
            CompletableFuture<Void> prepared = CompletableFuture.runAsync(() -> {
                HttpApi.prepareJson();
                bindJvmMetrics(registry);
            }, work -> new Thread(work, "warm-up").start());
            TargetPolicy targets = new TargetPolicy(configuration.outboundAllowPrivateNetworks(),
                    HostResolver.system());
            CoreSettings settings = coreSettings(configuration, port, targets);
            ProctorCore core = ProctorCore.assemble(stores, PAYLOAD_READERS, videoLinkVault(configuration), settings,
                    openEdx.map(OpenEdxEventBus::lifecycle), clock);
            ReviewPages pages = reviewPages(configuration, settings.publicBaseUrl(), core);
            HttpApi api = HttpApi.create(httpSettings(configuration, clock), core, registry, database::answers,
                    database::isAlive, pages::register);
            await(migrated);
            await(prepared);
            releaseStartUpGarbage();
            OutboundWebhooks outbound = new OutboundWebhooks(configuration, targets, stores, registry, clock,
                    openEdx.<List<OutboxSink>>map(bus -> List.of(bus.sink())).orElse(List.of()));
            outbound.start();
            HttpApi http = startHttp(api, port, outbound);
            LOG.info("Proctor Reviews listening on port {}", http.port());
            return new ProctorReviewsService(database, http, housekeeping(core.forgetOldWebhooks(),
                    new StatisticsKeeper(database.dataSource())), outbound, openEdx);
        } catch (RuntimeException e) {
            openEdx.ifPresent(OpenEdxEventBus::close);
            database.close();
            throw e;
        }
    }

    /** The HTTP server; when it cannot start, the dispatcher that already runs is stopped. */
    private static HttpApi startHttp(HttpApi api, int port, OutboundWebhooks outbound) {
        try {
            return api.start("0.0.0.0", port);
        } catch (RuntimeException e) {
            outbound.close();
            throw e;
        }
    }

    private static CoreSettings coreSettings(Configuration configuration, int port, TargetPolicy targets) {
        ReviewPolicy policy = new ReviewPolicy(configuration.passingStatuses(),
                configuration.requireFailureSecondReviews(), configuration.allowReviewUpdates());
        String baseUrl = configuration.publicBaseUrl().orElse("http://localhost:" + port);
        return new CoreSettings(policy, configuration.allowCallbackSimulation(), baseUrl,
                CoreSettings.DEFAULT_REPLAY_WINDOW, targets);
    }

    /** The review pages for course teams, over the same core, on the API's server. */
    private static ReviewPages reviewPages(Configuration configuration, String publicBaseUrl, ProctorCore core) {
        PageUseCases useCases = new PageUseCases(core.exams(), core.attempts(), core.users(), core.reviews(),
                core.reviews(), core.staffDecisions(), core.reviewPages(), core.reviewPages(), core.reviewPages(),
                core.staffSignIn(), core.staffSignIn());
        return new ReviewPages(new PageSettings(publicBaseUrl, configuration.frameAncestors(), configuration.oidc()),
                useCases);
    }

    /** Video links are kept sealed with the configured key, or not kept at all without one. */
    private static VideoLinkVault videoLinkVault(Configuration configuration) {
        return configuration.videoUrlKey().<VideoLinkVault>map(AesGcmVideoLinkVault::new)
                .orElse(url -> Optional.empty());
    }

    private static HttpSettings httpSettings(Configuration configuration, Clock clock) {
        return new HttpSettings(ApiTokenFile.tokens(configuration), VendorKeys.of(configuration),
                configuration.allowUnsignedSoftwareSecure(), HttpSettings.DEFAULT_SIGNATURE_TOLERANCE,
                configuration.maxInFlight(), HttpSettings.DEFAULT_ADMISSION_WAIT, clock);
    }

    /**
     * Housekeeping on one daemon thread: webhook ids older than the replay window are forgotten once an hour, and
     * the planner's statistics are refreshed every 5 s where the tables changed (for servers with autovacuum off).
     */
    private static ScheduledExecutorService housekeeping(ForgetOldWebhooksService forgetter,
                                                         StatisticsKeeper statistics) {
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(() -> forgetOldWebhooks(forgetter), 1, 60, TimeUnit.MINUTES);
        housekeeping.scheduleWithFixedDelay(() -> keepStatisticsFresh(statistics), 5, 5, TimeUnit.SECONDS);
        return housekeeping;
    }

    /**
     * One full collection before the port opens. G1 starts with 1/64 of the machine's memory as heap and gives
     * memory back only after a full or concurrent collection; which of those happens, and when, depended on
     * accidents such as metaspace filling up during class loading (with an AppCDS archive it does not, and the
     * heap stayed at its initial size). Start-up garbage is gone now, so the heap shrinks to what the service
     * holds: on the 2-core, 24 GB build machine RSS under sustained load is about 220 MB instead of 430 MB, at
     * a cost of some 50 ms before the first request.
     */
    @SuppressWarnings("java:S1215")
    private static void releaseStartUpGarbage() {
        System.gc();
    }

    private static void bindJvmMetrics(PrometheusMeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
    }

    /** Waits for a start-up step on another thread and fails as it failed. */
    private static void await(CompletableFuture<Void> step) {
        try {
            step.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * A free port chosen before the server starts (port 0 asked for "any"), so that the default public base URL
     * of review links names the port the service really listens on.
     */
    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port", e);
        }
    }

    private static void warnAboutRiskySettings(Configuration configuration) {
        long maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        if (maxHeapMb > 512) {
            LOG.warn("The JVM may grow its heap to {} MB; start it with the README's memory options (-Xmx128m …)"
                    + " to keep the service within 350 MB", maxHeapMb);
        }
        if (configuration.allowCallbackSimulation()) {
            LOG.warn("PROCTOR_ALLOW_CALLBACK_SIMULATION=true: SoftwareSecure record locators are NOT checked."
                    + " Use this in test environments only.");
        }
    }

    private static void keepStatisticsFresh(StatisticsKeeper statistics) {
        try {
            statistics.analyseStaleTables();
        } catch (StorageUnavailableException e) {
            LOG.debug("The database is away; the statistics wait for it", e);
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the planner's statistics; will try again", e);
        }
    }

    private static void forgetOldWebhooks(ForgetOldWebhooksService forgetter) {
        try {
            int forgotten = forgetter.forgetExpired();
            LOG.info("Forgot {} webhook id(s) older than the replay window", forgotten);
        } catch (RuntimeException e) {
            LOG.warn("Could not forget old webhook ids; will try again", e);
        }
    }

    /** The port the HTTP server listens on (useful when configured as 0). */
    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        LOG.info("Stopping: no new requests, finishing those in flight");
        housekeeping.shutdownNow();
        CompletableFuture<Void> outboundStopped = CompletableFuture.runAsync(outbound::close,
                work -> new Thread(work, "outbound-stop").start());
        http.stop(SHUTDOWN_GRACE);
        outboundStopped.join();
        openEdx.ifPresent(OpenEdxEventBus::close);
        database.close();
        LOG.info("Stopped");
    }
}
