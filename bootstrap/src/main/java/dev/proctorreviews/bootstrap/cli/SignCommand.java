package dev.proctorreviews.bootstrap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Signs a payload file for a callback URL: prints the headers and a curl line, or sends it. */
@Command(name = "sign", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Signs a payload file Standard-Webhooks style for a callback URL and prints the headers and a"
                + " curl command (valid for 5 minutes), or with --send sends it and prints the answer."})
final class SignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the payload, sent byte for byte")
    Path file;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "the callback, e.g. http://localhost:7070/callbacks/software-secure")
    URI url;

    @Option(names = "--vendor", paramLabel = "VENDOR", converter = VendorConverter.class,
            description = "whose key signs it, when --secret is not given: software_secure or psi"
                    + " (default: from the URL)")
    Vendor vendor;

    @Option(names = "--send", description = "send it and print the answer instead of a curl line")
    boolean send;

    @Mixin
    VendorKey key;

    @Override
    public Integer call() {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Vendor signer = vendor != null ? vendor : Vendor.ofUrl(url).orElse(null);
        if (signer == null && key.secret == null) {
            throw new IllegalArgumentException("Whose key? " + url + " is no callback route: pass --vendor or"
                    + " --secret");
        }
        SignedCallback callback = new SignedCallback(url, body, key.bytes(signer));
        PrintWriter out = spec.commandLine().getOut();
        if (send) {
            return callback.send(out);
        }
        callback.headers().forEach((name, value) -> out.println(name + ": " + value));
        out.println(callback.headers().entrySet().stream().map(h -> "-H '" + h.getKey() + ": " + h.getValue() + "'")
                .collect(Collectors.joining(" ", "curl -sS -X POST '" + url + "' ", " --data-binary @'" + file + "'")));
        return 0;
    }
}
