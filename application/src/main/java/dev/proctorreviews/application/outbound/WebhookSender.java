package dev.proctorreviews.application.outbound;

/**
 * Sends one signed try of one delivery to its receiver. The dispatcher decides when and how often to call it;
 * the sender only reports how the try ended, so that every failure of the receiver (status, timeout, refused
 * connection, TLS, redirect, a target that is not allowed) is a value the dispatcher can record and retry.
 * Implementations are safe for concurrent use and never throw for anything the receiver or the network does.
 */
public interface WebhookSender {
    DeliveryOutcome send(OutgoingWebhook webhook);
}
