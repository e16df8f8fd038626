package dev.proctorreviews.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExamplePayloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"suspicious, Suspicious, suspicious", "Rules Violation, Rules Violation, violation",
        "passed, Clean, passed", "not reviewed, Not Reviewed, not_reviewed", "Bogus, Bogus, Bogus"})
    void aStatusInEitherVocabularyIsSpelledAsTheVendorSpellsIt(String given, String softwareSecure, String psi) {
        assertThat(ExamplePayload.inVocabularyOf(Vendor.SOFTWARE_SECURE, given)).isEqualTo(softwareSecure);
        assertThat(ExamplePayload.inVocabularyOf(Vendor.PSI, given)).isEqualTo(psi);
    }

    @Test
    void theSoftwareSecurePayloadCarriesTheAttemptAndTheStatus() throws Exception {
        JsonNode payload = JSON.readTree(ExamplePayload.build(Vendor.SOFTWARE_SECURE, "CODE-1", "ext-1", "suspicious"));

        assertThat(payload.at("/examMetaData/examCode").asText()).isEqualTo("CODE-1");
        assertThat(payload.at("/examMetaData/ssiRecordLocator").asText()).isEqualTo("ext-1");
        assertThat(payload.get("reviewStatus").asText()).isEqualTo("Suspicious");
        assertThat(payload.get("webCamComments")).hasSize(3);
    }

    @Test
    void thePsiPayloadCarriesTheStatus() throws Exception {
        JsonNode payload = JSON.readTree(ExamplePayload.build(Vendor.PSI, "CODE-1", "ext-1", "Rules Violation"));

        assertThat(payload.get("status").asText()).isEqualTo("violation");
        assertThat(payload.get("comments")).hasSize(3);
    }
}
