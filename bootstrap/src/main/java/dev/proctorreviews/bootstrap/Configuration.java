package dev.proctorreviews.bootstrap;

import dev.proctorreviews.application.outbound.RetrySchedule;
import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.bootstrap.secrets.SigningKey;
import dev.proctorreviews.domain.review.PassingStatuses;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.openedx.eventbus.OpenEdxEventBusSettings;
import dev.proctorreviews.web.OidcSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the contract's section 1, read once from the environment into types. Any malformed value
 * stops start-up with a {@link ConfigurationException} naming the variable. Nothing else in the service reads the
 * environment (the command line's vendor tools take only {@code PROCTOR_DATA_DIR}, as their {@code --data-dir} default).
 */
public record Configuration(int httpPort, Optional<DatabaseServer> database, Path dataDir,
                            Optional<List<String>> apiTokens, List<byte[]> softwareSecureSecrets,
                            List<byte[]> psiSecrets, boolean allowUnsignedSoftwareSecure, boolean allowReviewUpdates,
                            boolean requireFailureSecondReviews, boolean allowCallbackSimulation,
                            PassingStatuses passingStatuses, Optional<byte[]> videoUrlKey,
                            Optional<String> publicBaseUrl, int maxInFlight, int dbPoolSize,
                            Optional<OidcSettings> oidc, Optional<String> frameAncestors,
                            RetrySchedule outboundRetrySchedule, boolean outboundAllowPrivateNetworks,
                            Optional<OpenEdxEventBusSettings> openEdxEventBus) {

    /** An external PostgreSQL server. */
    public record DatabaseServer(String url, String user, String password) {
        @Override
        public String toString() {
            return "DatabaseServer[url=" + url + ", user=" + user + "]";
        }
    }

    public static Configuration fromEnvironment() {
        return from(System.getenv());
    }

    public static Configuration from(Map<String, String> env) {
        Reader r = new Reader(env);
        return new Configuration(
                r.port("PROCTOR_HTTP_PORT", 7070),
                r.text("PROCTOR_DB_URL").map(url -> new DatabaseServer(r.jdbcUrl("PROCTOR_DB_URL", url),
                        r.text("PROCTOR_DB_USER").orElse("postgres"), r.text("PROCTOR_DB_PASSWORD").orElse(""))),
                Path.of(r.text("PROCTOR_DATA_DIR").orElse("./proctor-data")),
                r.list("PROCTOR_API_TOKENS"),
                r.secrets("PROCTOR_VENDOR_SOFTWARE_SECURE_SECRETS"),
                r.secrets("PROCTOR_VENDOR_PSI_SECRETS"),
                r.bool("PROCTOR_VENDOR_SOFTWARE_SECURE_ALLOW_UNSIGNED", false),
                r.bool("PROCTOR_ALLOW_REVIEW_UPDATES", true),
                r.bool("PROCTOR_REQUIRE_FAILURE_SECOND_REVIEWS", true),
                r.bool("PROCTOR_ALLOW_CALLBACK_SIMULATION", false),
                PassingStatuses.of(
                        r.statuses("PROCTOR_PASSING_STATUSES_SOFTWARE_SECURE",
                                EnumSet.of(ReviewStatus.CLEAN, ReviewStatus.RULES_VIOLATION)),
                        r.statuses("PROCTOR_PASSING_STATUSES_PSI", EnumSet.of(ReviewStatus.CLEAN))),
                r.aesKey("PROCTOR_VIDEO_URL_KEY"),
                r.baseUrl("PROCTOR_PUBLIC_BASE_URL"),
                r.positive("PROCTOR_MAX_IN_FLIGHT", 64),
                r.positive("PROCTOR_DB_POOL_SIZE", Math.max(4, Runtime.getRuntime().availableProcessors() * 4)),
                r.oidc(),
                r.frameAncestors("PROCTOR_FRAME_ANCESTORS"),
                r.retrySchedule(RetrySchedule.VARIABLE),
                r.bool(TargetPolicy.ALLOW_PRIVATE_VARIABLE, false),
                r.openEdxEventBus());
    }

    @Override
    public String toString() {
        return "Configuration[httpPort=" + httpPort + ", database=" + database.map(Object::toString).orElse("embedded")
                + ", dataDir=" + dataDir + "]";
    }

    /** Parsing of single variables; blank counts as unset. */
    private record Reader(Map<String, String> env) {
        Optional<String> text(String name) {
            return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
        }

        int port(String name, int fallback) {
            Optional<String> raw = text(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(raw.get());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigurationException(name, "must be a port number from 0 to 65535, was '"
                    + printable(raw.get()) + "'");
        }

        int positive(String name, int fallback) {
            Optional<String> raw = text(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(raw.get());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigurationException(name, "must be a positive integer, was '" + printable(raw.get()) + "'");
        }

        boolean bool(String name, boolean fallback) {
            Optional<String> raw = text(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            switch (raw.get().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    throw new ConfigurationException(name, "must be true or false, was '" + printable(raw.get()) + "'");
            }
        }

        Optional<List<String>> list(String name) {
            return text(name).map(raw -> {
                List<String> values = Arrays.stream(raw.split(",")).map(String::trim).filter(v -> !v.isEmpty())
                        .toList();
                if (values.isEmpty()) {
                    throw new ConfigurationException(name, "must list at least one value");
                }
                return values;
            });
        }

        List<byte[]> secrets(String name) {
            List<byte[]> keys = new ArrayList<>();
            for (String secret : list(name).orElse(List.of())) {
                try {
                    keys.add(SigningKey.decode(secret));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(name, e.getMessage());
                }
            }
            return keys;
        }

        Set<ReviewStatus> statuses(String name, Set<ReviewStatus> fallback) {
            Optional<List<String>> raw = list(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            Set<ReviewStatus> statuses = EnumSet.noneOf(ReviewStatus.class);
            for (String label : raw.get()) {
                statuses.add(ReviewStatus.fromLabel(label).orElseThrow(() -> new ConfigurationException(name,
                        "'" + printable(label) + "' is not one of Clean, Rules Violation, Suspicious, Not Reviewed")));
            }
            return statuses;
        }

        Optional<byte[]> aesKey(String name) {
            return text(name).map(raw -> {
                try {
                    byte[] key = Base64.getDecoder().decode(raw);
                    if (key.length == 32) {
                        return key;
                    }
                } catch (IllegalArgumentException e) {
                    // reported below
                }
                throw new ConfigurationException(name, "must be a base64-encoded 32-byte AES-256 key");
            });
        }

        Optional<String> baseUrl(String name) {
            return text(name).map(raw -> {
                try {
                    URI uri = new URI(raw);
                    if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                        return raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
                    }
                } catch (java.net.URISyntaxException e) {
                    // reported below
                }
                throw new ConfigurationException(name, "must be an absolute http(s) URL, was '" + printable(raw) + "'");
            });
        }

        /** All three OpenID Connect variables, or none: a half-configured sign-in would fail only at first use. */
        Optional<OidcSettings> oidc() {
            List<String> names = List.of("PROCTOR_OIDC_ISSUER", "PROCTOR_OIDC_CLIENT_ID", "PROCTOR_OIDC_CLIENT_SECRET");
            List<Optional<String>> values = names.stream().map(this::text).toList();
            if (values.stream().noneMatch(Optional::isPresent)) {
                return Optional.empty();
            }
            // The issuer is kept as written (it must equal the ID token's iss claim), only checked to be a URL.
            baseUrl(names.get(0));
            for (int i = 0; i < names.size(); i++) {
                if (values.get(i).isEmpty()) {
                    throw new ConfigurationException(names.get(i), "must be set too: the three PROCTOR_OIDC_*"
                            + " variables go together (all three or none)");
                }
            }
            return Optional.of(new OidcSettings(values.get(0).get(), values.get(1).get(), values.get(2).get()));
        }

        /** Origins for the pages' {@code frame-ancestors}: a ';' or ',' would end the directive and add others. */
        RetrySchedule retrySchedule(String name) {
            Optional<String> raw = text(name);
            if (raw.isEmpty()) {
                return RetrySchedule.DEFAULT;
            }
            try {
                return RetrySchedule.parse(raw.get());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(name, e.getMessage().replaceFirst("^" + name + ":? ?", ""));
            }
        }

        Optional<String> frameAncestors(String name) {
            return text(name).map(raw -> {
                if (raw.matches("[^;,\\p{Cntrl}]+")) {
                    return raw;
                }
                throw new ConfigurationException(name, "must be space-separated origins (no ';' or ','), was '"
                        + printable(raw) + "'");
            });
        }

        /**
         * The Open edX event bus (contract 1.1 sections 9 and 10): on when the Redis URL is set. The other three
         * variables are checked even without it, so that a typo is reported rather than silently unused. A bad
         * URL is reported without its text, which may hold the Redis password.
         */
        Optional<OpenEdxEventBusSettings> openEdxEventBus() {
            String urlName = "PROCTOR_OPENEDX_EVENT_BUS_REDIS_URL";
            Optional<String> prefix = text("PROCTOR_OPENEDX_TOPIC_PREFIX").map(raw -> {
                if (raw.matches("[\\p{Graph}]+")) {
                    return raw;
                }
                throw new ConfigurationException("PROCTOR_OPENEDX_TOPIC_PREFIX",
                        "must be printable without spaces, was '" + printable(raw) + "'");
            });
            long maxLen = positive("PROCTOR_OPENEDX_STREAM_MAX_LEN", (int) OpenEdxEventBusSettings.DEFAULT_STREAM_MAX_LEN);
            String source = text("PROCTOR_OPENEDX_SOURCE").orElse(OpenEdxEventBusSettings.DEFAULT_SOURCE);
            return text(urlName).map(raw -> {
                try {
                    return new OpenEdxEventBusSettings(new URI(raw), prefix, maxLen, source,
                            OpenEdxEventBusSettings.localHostName(), OpenEdxEventBusSettings.DEFAULT_TIMEOUT);
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    throw new ConfigurationException(urlName, "must be a redis://[[user]:password@]host[:port][/db]"
                            + " or rediss:// URL");
                }
            });
        }

        String jdbcUrl(String name, String url) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new ConfigurationException(name, "must be a jdbc:postgresql: URL");
            }
            return url;
        }

        private static String printable(String value) {
            return value.replaceAll("\\p{Cntrl}", "?");
        }
    }
}
