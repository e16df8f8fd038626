package dev.proctorreviews.archcanary.json;

/** Violates: the shared strict-JSON code depends on an adapter. */
public class AdapterAwareReader {
    public dev.proctorreviews.archcanary.http.Printer printer;
}
