package dev.proctorreviews.bootstrap.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.proctorreviews.application.scenarios.CapturedLogs;
import dev.proctorreviews.domain.review.ReviewSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;

class VendorSecretsFileTest {
    private static final Set<ReviewSource> BOTH = Set.of(ReviewSource.SOFTWARE_SECURE, ReviewSource.PSI);

    @BeforeAll
    static void logGeneratedKeys() {
        ((Logger) LoggerFactory.getLogger(VendorSecretsFile.class)).setLevel(Level.INFO);
    }

    @Test
    void theFirstStartGeneratesOneKeyPerVendorPrintsItOnceAndStoresItOwnerOnly(@TempDir Path dir) throws Exception {
        Map<ReviewSource, String> first;
        try (CapturedLogs logs = new CapturedLogs()) {
            first = new VendorSecretsFile(dir).keysFor(BOTH);
            assertThat(logs.messages()).anySatisfy(m -> assertThat(m).contains("software_secure",
                    first.get(ReviewSource.SOFTWARE_SECURE)));
            assertThat(logs.messages()).anySatisfy(m -> assertThat(m).contains("psi", first.get(ReviewSource.PSI)));
        }
        Path file = dir.resolve("vendor-secrets");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).lines()).containsExactly(
                "software_secure=" + first.get(ReviewSource.SOFTWARE_SECURE), "psi=" + first.get(ReviewSource.PSI));
        assertThat(SigningKey.decode(first.get(ReviewSource.PSI))).hasSize(32);
        assertThat(first.get(ReviewSource.PSI)).isNotEqualTo(first.get(ReviewSource.SOFTWARE_SECURE));

        try (CapturedLogs logs = new CapturedLogs()) {
            assertThat(new VendorSecretsFile(dir).keysFor(BOTH)).isEqualTo(first);
            assertThat(logs.messages()).noneSatisfy(m -> assertThat(m).contains(first.get(ReviewSource.PSI)));
        }
    }

    @Test
    void onlyTheVendorsAskedForAreGeneratedAndOtherLinesAreKept(@TempDir Path dir) {
        VendorSecretsFile file = new VendorSecretsFile(dir);
        String psi = file.keysFor(Set.of(ReviewSource.PSI)).get(ReviewSource.PSI);
        assertThat(file.stored(ReviewSource.SOFTWARE_SECURE)).isEmpty();

        String softwareSecure = file.keysFor(Set.of(ReviewSource.SOFTWARE_SECURE)).get(ReviewSource.SOFTWARE_SECURE);

        assertThat(file.stored(ReviewSource.PSI)).contains(psi);
        assertThat(file.stored(ReviewSource.SOFTWARE_SECURE)).contains(softwareSecure);
    }

    @Test
    void aMalformedLineStopsWithItsNumber(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("vendor-secrets"), "psi=whsec_" + "A".repeat(44) + "\nedx=whsec_x\n");

        assertThatThrownBy(() -> new VendorSecretsFile(dir).stored(ReviewSource.PSI))
                .hasMessageContaining("vendor-secrets line 2");
    }
}
