package dev.proctorreviews.bootstrap.cli;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Plays a proctoring vendor finishing a review: builds the vendor's payload from its example, signs it as the
 * vendor would, sends it to the service and prints the answer. What {@code mockprock} is to edx-proctoring.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sends a vendor's review of an attempt, built from docs/examples, signed Standard-Webhooks"
                + " style, and prints the service's answer (exit code 0 for 2xx).",
            "SoftwareSecure names the attempt by its code (the external id is looked up through the API, or given"
                + " with --external-id); PSI by its external id (an attempt code is looked up and translated)."})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--vendor", required = true, paramLabel = "VENDOR",
            description = "software_secure or psi", converter = VendorConverter.class)
    Vendor vendor;

    @Option(names = "--attempt", required = true, paramLabel = "CODE_OR_EXTERNAL_ID",
            description = "the attempt's code, or (PSI) its external id")
    String attempt;

    @Option(names = "--status", defaultValue = "Clean", paramLabel = "STATUS",
            description = "the verdict, in either vocabulary: Clean/passed, Rules Violation/violation,"
                    + " Suspicious/suspicious, Not Reviewed/not_reviewed (default: ${DEFAULT-VALUE})")
    String status;

    @Option(names = "--base-url", defaultValue = "http://localhost:7070", paramLabel = "URL",
            description = "the service (default: ${DEFAULT-VALUE})")
    String baseUrl;

    @Option(names = "--external-id", paramLabel = "ID",
            description = "SoftwareSecure: the attempt's external id (ssiRecordLocator), instead of looking it up")
    String externalId;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API token for the look-up; default: <data-dir>/api-token")
    String token;

    @Mixin
    VendorKey key;

    @Override
    public Integer call() {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        AttemptLookup lookup = new AttemptLookup(base, token, key.dataDir);
        Optional<AttemptLookup.Attempt> found = externalId != null ? Optional.empty() : lookup.byCode(attempt);
        String code = found.map(AttemptLookup.Attempt::attemptCode).orElse(attempt);
        String external = found.map(AttemptLookup.Attempt::externalId)
                .orElseGet(() -> externalId != null ? externalId : fallbackExternalId(lookup));
        byte[] body = ExamplePayload.build(vendor, code, external, status);
        SignedCallback callback = new SignedCallback(URI.create(base + vendor.callbackPath(external)), body,
                key.bytes(vendor));
        spec.commandLine().getOut().println("POST " + callback.url());
        return callback.send(spec.commandLine().getOut());
    }

    /** PSI addresses attempts by external id: what was given is one. SoftwareSecure needs both parts. */
    private String fallbackExternalId(AttemptLookup lookup) {
        if (vendor == Vendor.PSI) {
            return attempt;
        }
        throw new IllegalArgumentException(lookup.hasToken()
                ? "The service knows no attempt with code " + attempt + "; pass --external-id to send it anyway"
                : "Cannot look up the attempt's external id without an API token: pass --token or --external-id");
    }
}
