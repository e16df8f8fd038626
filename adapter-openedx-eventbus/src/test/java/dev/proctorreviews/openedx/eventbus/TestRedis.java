package dev.proctorreviews.openedx.eventbus;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * One real Redis per test JVM, never a mock. Order of choice: {@code PROCTOR_TEST_REDIS_URL} when set; else
 * Testcontainers when a Docker daemon answers; else the Redis on 127.0.0.1:6379 that the build machines run
 * (and {@code .ci/run} starts when none answers). Tests keep apart by using their own stream names.
 */
public final class TestRedis {
    private static URI url;

    private TestRedis() {
    }

    public static synchronized URI url() {
        if (url == null) {
            url = locate();
        }
        return url;
    }

    private static URI locate() {
        String configured = System.getenv("PROCTOR_TEST_REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            return URI.create(configured);
        }
        if (dockerAnswers()) {
            GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return URI.create("redis://" + container.getHost() + ":" + container.getMappedPort(6379));
        }
        return URI.create("redis://127.0.0.1:6379");
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
