package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.port.out.ParkedDeliveries;
import dev.proctorreviews.application.port.out.SeenWebhooks;

/**
 * What the service keeps of vendor deliveries themselves, apart from the reviews they carry: the webhook ids it
 * answered (a retry is answered alike) and the deliveries it parked (to be replayed once they can apply).
 */
public record DeliveryRecords(SeenWebhooks seenWebhooks, ParkedDeliveries parked) {
}
