package dev.proctorreviews.archcanary.vendor.psi;

import dev.proctorreviews.archcanary.vendor.softwaresecure.SoftwareSecureThing;

/** Violates: one vendor adapter uses the other (onion: adapters never see each other). */
public class PsiThing {
    public SoftwareSecureThing other;
}
