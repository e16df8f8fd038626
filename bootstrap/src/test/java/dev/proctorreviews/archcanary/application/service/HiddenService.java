package dev.proctorreviews.archcanary.application.service;

/** A service: adapters must reach it through an inbound port only. */
public class HiddenService {
}
