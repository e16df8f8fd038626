package dev.proctorreviews.vendor.softwaresecure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.out.PayloadReading;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser never throws: random bytes and mutated fixtures all end in one of its three readings. */
class SoftwareSecureParserPropertiesTest {
    private final SoftwareSecurePayloadParser parser = new SoftwareSecurePayloadParser();

    @Property(tries = 2000)
    void randomBytesNeverThrow(@ForAll byte[] body) {
        assertThat(parser.read(body, Optional.empty())).isNotNull();
    }

    @Property(tries = 3000)
    void mutatedFixturesNeverThrow(@ForAll("mutatedFixtures") String body) {
        PayloadReading reading = parser.read(body.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(reading).isNotNull();
    }

    @Provide
    Arbitrary<String> mutatedFixtures() {
        String fixture = SoftwareSecurePayloadParserTest.fixture();
        Arbitrary<Integer> position = Arbitraries.integers().between(0, fixture.length() - 1);
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.of("null", "1.5", "-1", "\"\"", "[]", "{}", "true", "99999999999", "\"\\u0000\"", ",", ":",
                        "\"", "{", "]"),
                Arbitraries.strings().ofMaxLength(5));
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 8);
        return net.jqwik.api.Combinators.combine(position, insert, cut).as((at, text, length) -> {
            int end = Math.min(fixture.length(), at + length);
            return fixture.substring(0, at) + text + fixture.substring(end);
        });
    }
}
