package dev.proctorreviews.bootstrap.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.scenarios.CapturedLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

    @Test
    void aNewFileIsOwnerOnlyAndLeavesNothingBesideIt(@TempDir Path dir) throws Exception {
        SecretFile file = new SecretFile(dir.resolve("nested/api-token"));

        file.write("s3cret\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        assertThat(file.read()).contains("s3cret\n");
        try (var listing = Files.list(file.path().getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("api-token");
        }
    }

    @Test
    void rewritingAFileOthersCouldReadMakesItOwnerOnly(@TempDir Path dir) throws Exception {
        Path path = Files.writeString(dir.resolve("vendor-secrets"), "old");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));

        new SecretFile(path).write("new");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        assertThat(Files.readString(path)).isEqualTo("new");
    }

    @Test
    void aFileOthersCanReadIsUsedWithAWarning(@TempDir Path dir) throws Exception {
        Path path = Files.writeString(dir.resolve("api-token"), "token");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r-----"));

        try (CapturedLogs logs = new CapturedLogs()) {
            assertThat(new SecretFile(path).read()).contains("token");
            assertThat(logs.messages()).anySatisfy(m -> assertThat(m).contains(path.toString(),
                    "readable by other users", "rw-r-----", "chmod 600"));
        }
    }

    @Test
    void anOwnerOnlyFileIsReadWithoutAWarning(@TempDir Path dir) throws Exception {
        SecretFile file = new SecretFile(dir.resolve("api-token"));
        file.write("token");

        try (CapturedLogs logs = new CapturedLogs()) {
            assertThat(file.read()).contains("token");
            assertThat(logs.messages()).noneSatisfy(m -> assertThat(m).contains("readable by other users"));
        }
    }

    @Test
    void aMissingFileReadsAsEmpty(@TempDir Path dir) {
        assertThat(new SecretFile(dir.resolve("none")).read()).isEmpty();
    }
}
