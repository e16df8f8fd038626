package dev.proctorreviews.archcanary.vendor.softwaresecure;

/** The other side of the vendor-to-vendor dependency. */
public class SoftwareSecureThing {
}
