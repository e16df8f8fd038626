package dev.proctorreviews.http;

import io.javalin.http.Handler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded work: at most {@code maxInFlight} requests are worked on at once; one that cannot get a place within
 * a short wait is answered 503 with Retry-After at once, so that overload costs a fast refusal instead of a
 * growing queue and time-outs. The body has been read before ({@link BodyBuffering}), so a slow sender never
 * holds a place; one whose body did not arrive in time is answered 408. On shutdown it refuses new work and waits
 * for the work in flight.
 */
final class Admission {
    private final Semaphore places;
    private final long waitMillis;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    Admission(int maxInFlight, Duration wait) {
        this.places = new Semaphore(maxInFlight, true);
        this.waitMillis = wait.toMillis();
    }

    Handler guard(Handler handler) {
        return ctx -> {
            if (ctx.attribute(BodyBuffering.STALLED) != null) {
                throw new ProblemException(ProblemCode.REQUEST_TIMEOUT, "The request body did not arrive in time.");
            }
            if (draining) {
                throw unavailable(ProblemCode.SHUTTING_DOWN,
                        "The service is shutting down; retry on another instance.");
            }
            if (!places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw unavailable(ProblemCode.OVERLOADED, "The service is at capacity; retry shortly.");
            }
            inFlight.incrementAndGet();
            try {
                handler.handle(ctx);
            } finally {
                inFlight.decrementAndGet();
                places.release();
            }
        };
    }

    /** Refuses new work and waits up to {@code grace} for the work in flight; true when none is left. */
    boolean drain(Duration grace) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return inFlight.get() == 0;
    }

    private static ProblemException unavailable(ProblemCode code, String detail) {
        return new ProblemException(code, detail, List.of(), Map.of("Retry-After", "1"));
    }
}
