package dev.proctorreviews.openedx.eventbus;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.RedisClient;

/**
 * Reads a stream back as the Open edX consumer sees it: {@code XRANGE - +}, every field as raw bytes in the
 * order Redis stored them.
 */
final class StreamReader implements AutoCloseable {
    private final RedisClient redis;

    StreamReader(URI url) {
        this.redis = RedisClient.create(url);
    }

    /** One entry: its id and its fields, names and values alternating. */
    record Entry(String id, List<byte[]> fieldsAndValues) {
        List<String> names() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < fieldsAndValues.size(); i += 2) {
                names.add(new String(fieldsAndValues.get(i), StandardCharsets.UTF_8));
            }
            return names;
        }

        String text(String name) {
            return new String(value(name), StandardCharsets.UTF_8);
        }

        byte[] value(String name) {
            int index = names().indexOf(name);
            if (index < 0) {
                throw new AssertionError("entry " + id + " has no field " + name);
            }
            return fieldsAndValues.get(2 * index + 1);
        }
    }

    List<Entry> entries(String stream) {
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

    long length(String stream) {
        return redis.xlen(stream);
    }

    void delete(String stream) {
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
