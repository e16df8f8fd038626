package dev.proctorreviews.application.port.out.lifecycle;

/**
 * How a captured lifecycle event is kept in the outbox as JSON text, and read back for publishing. The bus adapter
 * owns the format (it is the one that knows the platform's event and has a JSON library); the core only passes the
 * text between capture and publication, so a change of format is one adapter's business.
 */
public interface LifecyclePayloads {
    String write(CapturedLifecycleEvent event);

    /** @throws IllegalArgumentException when {@code json} is not a payload this format wrote */
    CapturedLifecycleEvent read(String json);
}
