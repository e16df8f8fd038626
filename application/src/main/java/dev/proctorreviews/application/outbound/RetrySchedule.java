package dev.proctorreviews.application.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delays between the tries of one delivery ({@code PROCTOR_OUTBOUND_RETRY_SCHEDULE}): after the n-th failed
 * try the next one waits the n-th delay plus up to 10 % random jitter, so that the retries of many deliveries
 * that failed together (a receiver that was down) do not all arrive at the same instant. When the delays are
 * used up the delivery has failed.
 */
public record RetrySchedule(List<Duration> delays) {
    public static final String VARIABLE = "PROCTOR_OUTBOUND_RETRY_SCHEDULE";
    private static final double MAX_JITTER = 0.10;
    private static final Pattern DELAY = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    public static final RetrySchedule DEFAULT = parse("5s,30s,2m,10m,30m,1h,2h,4h,8h");

    public RetrySchedule {
        if (delays == null || delays.isEmpty()) {
            throw new IllegalArgumentException(VARIABLE + " needs at least one delay");
        }
        for (Duration delay : delays) {
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException(VARIABLE + " delays must be positive, not " + delay);
            }
        }
        delays = List.copyOf(delays);
    }

    /**
     * Reads {@code 5s,30s,2m}: comma-separated positive whole numbers with the unit {@code ms}, {@code s},
     * {@code m} or {@code h}; spaces around an item are ignored.
     *
     * @throws IllegalArgumentException naming the variable and the bad item
     */
    public static RetrySchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(VARIABLE + " must list at least one delay, e.g. 5s,30s,2m");
        }
        List<Duration> delays = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            Matcher m = DELAY.matcher(item.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(VARIABLE + ": '" + item.strip()
                        + "' is not a delay (a whole number with ms, s, m or h, e.g. 30s)");
            }
            long amount = Long.parseLong(m.group(1));
            delays.add(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
        }
        return new RetrySchedule(delays);
    }

    /**
     * The wait before the next try once {@code failedTries} tries have failed, or empty when the schedule is
     * used up (the delivery is then {@code failed}).
     */
    public Optional<Duration> delayAfter(int failedTries, RandomGenerator jitter) {
        if (failedTries < 1) {
            throw new IllegalArgumentException("a retry follows at least one failed try, not " + failedTries);
        }
        if (failedTries > delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(failedTries - 1);
        long extraNanos = (long) (base.toNanos() * MAX_JITTER * jitter.nextDouble());
        return Optional.of(base.plusNanos(extraNanos));
    }

    /** How many tries a delivery gets in all: the first one and one after each delay. */
    public int maxTries() {
        return delays.size() + 1;
    }
}
