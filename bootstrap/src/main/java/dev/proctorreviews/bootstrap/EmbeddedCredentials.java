package dev.proctorreviews.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded PostgreSQL's superuser and of the service's own role, generated on the first
 * start and kept in {@code <data dir>/postgres-credentials}. The file is created readable by its owner only (never
 * written first and restricted afterwards), so no other local account ever sees a password.
 *
 * @param superuserPassword for {@code postgres}: the service needs it only to upgrade its own set-up; operators
 *                          may use it to administer the server
 * @param servicePassword   for {@link #SERVICE_ROLE}, the role the service connects as
 */
record EmbeddedCredentials(String superuserPassword, String servicePassword) {
    static final String SUPERUSER = "postgres";
    static final String SERVICE_ROLE = "proctor_reviews";
    static final String FILE_NAME = "postgres-credentials";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The stored passwords, or new ones stored first when there are none yet. */
    static EmbeddedCredentials readOrGenerate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            EmbeddedCredentials generated = new EmbeddedCredentials(randomPassword(), randomPassword());
            String text = "# PostgreSQL passwords of the embedded database\nsuperuser_password="
                    + generated.superuserPassword + "\nservice_password=" + generated.servicePassword + "\n";
            Files.createDirectories(dataDir);
            try {
                Files.write(Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY)),
                        text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException e) {
                return read(file);
            }
            LOG.info("Generated the embedded database's passwords (stored in {})", file.toAbsolutePath().normalize());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
    }

    private static EmbeddedCredentials read(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            LOG.warn("{} is readable by other accounts; restricting it to its owner", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty("superuser_password", "");
        String service = properties.getProperty("service_password", "");
        if (superuser.isEmpty() || service.isEmpty()) {
            throw new IllegalStateException(file + " lacks superuser_password or service_password");
        }
        return new EmbeddedCredentials(superuser, service);
    }

    /** 32 random bytes, base64url: nothing that needs quoting in SQL or a connection string. */
    private static String randomPassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[redacted]";
    }
}
