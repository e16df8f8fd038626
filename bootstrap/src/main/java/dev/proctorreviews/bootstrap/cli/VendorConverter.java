package dev.proctorreviews.bootstrap.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** {@code software_secure} or {@code psi}, the names the contract and the vendor-secrets file use. */
final class VendorConverter implements CommandLine.ITypeConverter<Vendor> {
    @Override
    public Vendor convert(String value) {
        return Arrays.stream(Vendor.values()).filter(v -> v.source.wireName().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new CommandLine.TypeConversionException(
                        "'" + value + "' is not a vendor; use software_secure or psi"));
    }
}
