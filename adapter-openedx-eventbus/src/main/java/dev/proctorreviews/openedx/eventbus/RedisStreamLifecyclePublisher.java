package dev.proctorreviews.openedx.eventbus;

import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecyclePublisher;
import dev.proctorreviews.application.port.out.lifecycle.PublisherUnavailableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Publishes each event as one {@code XADD <stream> MAXLEN ~ <n> * type … event_data …}, the entry
 * {@code event-bus-redis} 1.x consumers read. Every call either adds the entry or fails within the
 * configured timeout with {@link PublisherUnavailableException}; a connection Redis dropped is replaced by
 * the pool on a later call, so publishing resumes by itself once Redis is back.
 */
public final class RedisStreamLifecyclePublisher implements AttemptLifecyclePublisher, AutoCloseable {
    private final OpenEdxEventBusSettings settings;
    private final byte[] stream;
    private final XAddParams trimmed;
    private final RedisClient redis;

    public RedisStreamLifecyclePublisher(OpenEdxEventBusSettings settings) {
        this.settings = settings;
        this.stream = settings.streamName().getBytes(StandardCharsets.UTF_8);
        this.trimmed = XAddParams.xAddParams().maxLen(settings.streamMaxLen()).approximateTrimming();
        this.redis = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(settings.redisUrl()))
                .clientConfig(clientConfig(settings))
                .poolConfig(poolConfig(settings))
                .build();
    }

    @Override
    public void publish(AttemptLifecycleEvent event) {
        try {
            redis.xadd(stream, trimmed, StreamEntry.fields(event, settings));
        } catch (JedisException e) {
            throw new PublisherUnavailableException("could not add event " + event.captured().id() + " to the Redis stream "
                    + settings.streamName() + ": " + e.getMessage(), e);
        }
    }

    /** The stream events go to, for logs and the README's consumer command. */
    public String streamName() {
        return settings.streamName();
    }

    @Override
    public void close() {
        redis.close();
    }

    private static DefaultJedisClientConfig clientConfig(OpenEdxEventBusSettings settings) {
        URI url = settings.redisUrl();
        int timeoutMillis = (int) settings.timeout().toMillis();
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis)
                .user(JedisURIHelper.getUser(url))
                .password(JedisURIHelper.getPassword(url))
                .ssl(JedisURIHelper.isRedisSSLScheme(url))
                .clientName("proctor-reviews");
        if (JedisURIHelper.hasDbIndex(url)) {
            config.database(JedisURIHelper.getDBIndex(url));
        }
        return config.build();
    }

    /**
     * Waiting for a free connection is bounded too, and a connection is checked before use, so that one
     * Redis dropped while idle (a restart) is replaced rather than failing the next event.
     */
    private static GenericObjectPoolConfig<Connection> poolConfig(OpenEdxEventBusSettings settings) {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxWait(settings.timeout());
        pool.setTestOnBorrow(true);
        return pool;
    }
}
