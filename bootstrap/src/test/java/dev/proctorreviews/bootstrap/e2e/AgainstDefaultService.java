package dev.proctorreviews.bootstrap.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Test classes that share one service with the default settings, started once per class. */
abstract class AgainstDefaultService {
    static RunningService service;

    @BeforeAll
    static void startService() {
        service = RunningService.start();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }
}
