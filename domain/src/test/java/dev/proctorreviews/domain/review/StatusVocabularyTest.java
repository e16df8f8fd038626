package dev.proctorreviews.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusVocabularyTest {

    @ParameterizedTest
    @CsvSource({"passed, Clean", "violation, Rules Violation", "suspicious, Suspicious",
        "not_reviewed, Not Reviewed"})
    void mapsOneToOneInBothDirections(String standard, String stored) {
        StandardStatus s = StandardStatus.fromWireName(standard).orElseThrow();
        assertThat(s.toStored().label()).isEqualTo(stored);
        assertThat(ReviewStatus.fromLabel(stored).orElseThrow().toStandard()).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean", "CLEAN", "Clean ", "rules violation", "Bogus", "", "passed"})
    void storedVocabularyIsExactAndCaseSensitive(String label) {
        assertThat(ReviewStatus.fromLabel(label)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Passed", "PASSED", "not reviewed", "Clean", "", "ok"})
    void standardVocabularyIsExact(String name) {
        assertThat(StandardStatus.fromWireName(name)).isEmpty();
    }

    @Test
    void everyStoredStatusHasAStandardOne() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(status.toStandard().toStored()).isEqualTo(status);
        }
    }
}
