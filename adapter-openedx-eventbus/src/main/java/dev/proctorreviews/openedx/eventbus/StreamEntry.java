package dev.proctorreviews.openedx.eventbus;

import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecycleEvent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one stream entry, in the order {@code event-bus-redis}' producer writes them: the seven
 * CloudEvents metadata fields as UTF-8 text, then {@code event_data} as Avro binary.
 */
final class StreamEntry {
    /** The {@code openedx-events} version whose wire format this adapter writes. */
    static final String SOURCE_LIB = "11.2.0";
    static final String MINOR_VERSION = "0";

    /**
     * Python's {@code datetime.isoformat()} of an aware UTC time: six fraction digits (finer ones are cut, as
     * PostgreSQL keeps microseconds anyway) and {@code +00:00} (never
     * {@code Z}, which older {@code fromisoformat} rejects).
     */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);

    private StreamEntry() {
    }

    /** The fields in order; the map keeps that order when the client writes it to {@code XADD}. */
    static Map<byte[], byte[]> fields(AttemptLifecycleEvent event, OpenEdxEventBusSettings settings) {
        Map<byte[], byte[]> fields = new LinkedHashMap<>();
        put(fields, "type", OpenEdxEventType.of(event.captured().change()).typeName());
        put(fields, "id", event.captured().id().toString());
        put(fields, "source", settings.source());
        put(fields, "time", time(event));
        put(fields, "minorversion", MINOR_VERSION);
        put(fields, "sourcehost", settings.sourceHost());
        put(fields, "sourcelib", SOURCE_LIB);
        fields.put(utf8("event_data"), ExamAttemptEncoder.encode(event.captured()));
        return fields;
    }

    static String time(AttemptLifecycleEvent event) {
        return TIME.format(event.committedAt());
    }

    private static void put(Map<byte[], byte[]> fields, String name, String value) {
        fields.put(utf8(name), utf8(value));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
