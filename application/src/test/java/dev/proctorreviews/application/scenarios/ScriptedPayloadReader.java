package dev.proctorreviews.application.scenarios;

import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.ReviewPayloadReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for a vendor parser: the test scripts which reading a body gives. Real parsers are tested on
 * the real fixtures in the vendor modules; here the workflow is under test.
 */
public final class ScriptedPayloadReader implements ReviewPayloadReader {
    private final Map<String, PayloadReading> readings = new ConcurrentHashMap<>();

    /**
     * Scripts the reading of a body and returns the body's bytes. A review's redacted raw data reads the same,
     * as with the real parsers, so that a parked delivery can be replayed.
     */
    public byte[] script(String body, PayloadReading reading) {
        readings.put(body, reading);
        if (reading instanceof PayloadReading.Read read) {
            readings.put(read.review().redactedRawData(), reading);
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public PayloadReading read(byte[] body, Optional<String> externalIdFromRoute) {
        PayloadReading reading = readings.get(new String(body, StandardCharsets.UTF_8));
        if (reading == null) {
            throw new IllegalStateException("unscripted body");
        }
        return reading;
    }
}
