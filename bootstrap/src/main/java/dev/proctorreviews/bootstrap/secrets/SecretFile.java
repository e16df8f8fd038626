package dev.proctorreviews.bootstrap.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small text file holding a secret in the data directory. It is created with mode 0600 from its first byte
 * (written to a new owner-only file, then moved into place), never written under the umask and restricted
 * afterwards, so there is no moment in which another local user could read it; and a file that was found
 * readable by others is still used, because refusing it would lock the operator out, but with a warning.
 */
public final class SecretFile {
    private static final Logger LOG = LoggerFactory.getLogger(SecretFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> READABLE_BY_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    public SecretFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path path() {
        return file;
    }

    /** The file's text, or empty when there is no such file. */
    public Optional<String> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            warnIfReadableByOthers();
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Replaces the file's content atomically; the new file is owner-only from the start. */
    public void write(String content) {
        try {
            Path dir = Files.createDirectories(file.getParent());
            Path fresh = posix() ? Files.createTempFile(dir, "." + file.getFileName(), ".new", ownerOnly())
                    : Files.createTempFile(dir, "." + file.getFileName(), ".new");
            try {
                Files.writeString(fresh, content, StandardCharsets.UTF_8);
                Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** {@code bytes} random bytes from a strong source. */
    public static byte[] randomBytes(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

    private void warnIfReadableByOthers() throws IOException {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(READABLE_BY_OTHERS::contains)) {
            LOG.warn("{} is readable by other users ({}); using it anyway. Restrict it with: chmod 600 {}", file,
                    PosixFilePermissions.toString(permissions), file);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }
}
