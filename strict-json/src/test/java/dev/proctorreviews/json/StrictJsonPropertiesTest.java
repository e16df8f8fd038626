package dev.proctorreviews.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading ends in a tree or in a named fault, never in an exception; what it writes it reads back. */
class StrictJsonPropertiesTest {
    private final StrictJson json = new StrictJson(64, 1_048_576, 64);

    @Property(tries = 2000)
    void randomBytesEndInATreeOrAFault(@ForAll byte[] body) {
        JsonFields fields = new JsonFields();

        Optional<ObjectNode> read = json.object(body, fields);

        assertThat(read.isPresent()).isNotEqualTo(fields.hasErrors());
    }

    @Property(tries = 1000)
    void objectsOfStringsRoundTrip(@ForAll("objects") Map<String, String> members) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        members.forEach(object::put);
        JsonFields fields = new JsonFields();

        Optional<ObjectNode> read = json.object(json.write(object).getBytes(StandardCharsets.UTF_8), fields);

        boolean hasNul = members.entrySet().stream()
                .anyMatch(e -> e.getKey().indexOf('\0') >= 0 || e.getValue().indexOf('\0') >= 0);
        if (hasNul) {
            assertThat(read).isEmpty();
            assertThat(fields.errors()).singleElement()
                    .satisfies(e -> assertThat(e.message()).isEqualTo("must not contain the NUL character"));
        } else {
            assertThat(read).contains(object);
        }
    }

    @Provide
    Arbitrary<Map<String, String>> objects() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(12);
        return Arbitraries.maps(text, text).ofMaxSize(6);
    }
}
