package dev.proctorreviews.openedx.eventbus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import redis.clients.jedis.RedisClient;

/**
 * Reads a stream back as the Open edX consumer sees it: {@code XRANGE - +}, every field as raw bytes in the
 * order Redis stored them, and the event data decoded with the schema of the entry's type.
 */
public final class StreamReader implements AutoCloseable {
    private final RedisClient redis;

    public StreamReader(URI url) {
        this.redis = RedisClient.create(url);
    }

    /** One entry: its id and its fields, names and values alternating. */
    public record Entry(String id, List<byte[]> fieldsAndValues) {
        public List<String> names() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < fieldsAndValues.size(); i += 2) {
                names.add(new String(fieldsAndValues.get(i), StandardCharsets.UTF_8));
            }
            return names;
        }

        public String text(String name) {
            return new String(value(name), StandardCharsets.UTF_8);
        }

        /** The {@code exam_attempt} record of {@code event_data}, read with the schema the entry's type names. */
        public GenericRecord examAttempt() {
            String type = text("type");
            return decode(Arrays.stream(OpenEdxEventType.values()).filter(t -> t.typeName().equals(type)).findFirst()
                    .orElseThrow(() -> new AssertionError("entry " + id + " has an unknown type " + type)),
                    value("event_data"));
        }

        public byte[] value(String name) {
            int index = names().indexOf(name);
            if (index < 0) {
                throw new AssertionError("entry " + id + " has no field " + name);
            }
            return fieldsAndValues.get(2 * index + 1);
        }
    }

    /** Reads event data back the way the Open edX consumer does: with the schema of the type it expects. */
    static GenericRecord decode(OpenEdxEventType type, byte[] eventData) {
        Schema schema = ExamAttemptSchemas.of(type);
        try {
            GenericRecord cloudEvent = new GenericDatumReader<GenericRecord>(schema)
                    .read(null, DecoderFactory.get().binaryDecoder(eventData, null));
            return (GenericRecord) cloudEvent.get("exam_attempt");
        } catch (IOException e) {
            throw new UncheckedIOException("event data does not match the schema of " + type.typeName(), e);
        }
    }

    public List<Entry> entries(String stream) {
        List<Entry> entries = new ArrayList<>();
        for (Object raw : redis.xrange(bytes(stream), bytes("-"), bytes("+"))) {
            List<?> entry = (List<?>) raw;
            List<byte[]> fields = new ArrayList<>();
            for (Object field : (List<?>) entry.get(1)) {
                fields.add((byte[]) field);
            }
            entries.add(new Entry(new String((byte[]) entry.get(0), StandardCharsets.UTF_8), fields));
        }
        return entries;
    }

    public long length(String stream) {
        return redis.xlen(stream);
    }

    public void delete(String stream) {
        redis.del(stream);
    }

    @Override
    public void close() {
        redis.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
