package dev.proctorreviews.vendor.psi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser never throws: random bytes, random route ids and mutated fixtures all end in a reading. */
class PsiParserPropertiesTest {
    private final PsiPayloadParser parser = new PsiPayloadParser();

    @Property(tries = 2000)
    void randomBytesNeverThrow(@ForAll byte[] body, @ForAll String externalId) {
        assertThat(parser.read(body, Optional.of(externalId))).isNotNull();
    }

    @Property(tries = 3000)
    void mutatedFixturesNeverThrow(@ForAll("mutatedFixtures") String body) {
        assertThat(parser.read(body.getBytes(StandardCharsets.UTF_8), Optional.of("ext"))).isNotNull();
    }

    @Provide
    Arbitrary<String> mutatedFixtures() {
        String fixture = PsiPayloadParserTest.fixture();
        Arbitrary<Integer> position = Arbitraries.integers().between(0, fixture.length() - 1);
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.of("null", "1.5", "-1", "\"\"", "[]", "{}", "true", "1e999", "\"\\u0000\"", ",", "\"",
                        "{", "]"),
                Arbitraries.strings().ofMaxLength(5));
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 8);
        return Combinators.combine(position, insert, cut).as((at, text, length) ->
                fixture.substring(0, at) + text + fixture.substring(Math.min(fixture.length(), at + length)));
    }
}
