package dev.proctorreviews.http;

import java.util.Optional;

/** An authentic callback body, with the webhook id that signed it (absent for accepted unsigned callbacks). */
record Delivery(Optional<String> webhookId, byte[] body) {
}
