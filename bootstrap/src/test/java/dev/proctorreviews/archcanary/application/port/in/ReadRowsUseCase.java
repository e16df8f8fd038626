package dev.proctorreviews.archcanary.application.port.in;

/** Violates: an inbound port exposes a type of the outbound ports. */
public interface ReadRowsUseCase {
    dev.proctorreviews.archcanary.application.port.out.StoredRow read();
}
