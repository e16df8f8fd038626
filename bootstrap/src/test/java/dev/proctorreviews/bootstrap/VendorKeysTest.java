package dev.proctorreviews.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.bootstrap.secrets.SigningKey;
import dev.proctorreviews.bootstrap.secrets.VendorSecretsFile;
import dev.proctorreviews.domain.review.ReviewSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorKeysTest {

    @Test
    void withoutVariablesBothVendorsGetTheStoredKeys(@TempDir Path dir) {
        Map<ReviewSource, List<byte[]>> keys = VendorKeys.of(Configuration.from(Map.of("PROCTOR_DATA_DIR",
                dir.toString())));

        VendorSecretsFile file = new VendorSecretsFile(dir);
        assertThat(keys.get(ReviewSource.SOFTWARE_SECURE)).singleElement()
                .isEqualTo(SigningKey.decode(file.stored(ReviewSource.SOFTWARE_SECURE).orElseThrow()));
        assertThat(keys.get(ReviewSource.PSI)).singleElement()
                .isEqualTo(SigningKey.decode(file.stored(ReviewSource.PSI).orElseThrow()));
        assertThat(VendorKeys.of(Configuration.from(Map.of("PROCTOR_DATA_DIR", dir.toString())))
                .get(ReviewSource.PSI)).singleElement().isEqualTo(keys.get(ReviewSource.PSI).get(0));
    }

    @Test
    void aSetVariableWinsOverTheFile(@TempDir Path dir) {
        VendorSecretsFile file = new VendorSecretsFile(dir);
        file.keysFor(java.util.Set.of(ReviewSource.PSI));
        String configured = SigningKey.generate();

        Map<ReviewSource, List<byte[]>> keys = VendorKeys.of(Configuration.from(Map.of("PROCTOR_DATA_DIR",
                dir.toString(), "PROCTOR_VENDOR_PSI_SECRETS", configured)));

        assertThat(keys.get(ReviewSource.PSI)).singleElement().isEqualTo(SigningKey.decode(configured));
        assertThat(keys.get(ReviewSource.SOFTWARE_SECURE)).singleElement()
                .isEqualTo(SigningKey.decode(file.stored(ReviewSource.SOFTWARE_SECURE).orElseThrow()));
    }
}
