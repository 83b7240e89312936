package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The rule on storable text, and the JSON module that applies it with the field's path. */
class TextHygieneTests {

    record Party(String name, List<String> aliases) {
    }

    record Body(String title, List<Party> parties, Map<String, String> notes) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(TextHygiene.module()).build();

    @Test
    void ordinaryTextIncludingTabsNewlinesAndCharactersBeyondTheBasicPlaneIsStorable() {
        assertThat(TextHygiene.problem("Columbus\tlaboratory\r\nsecond line")).isEmpty();
        assertThat(TextHygiene.problem("Kibō 🚀 (U+1F680 is a surrogate pair)")).isEmpty();
        assertThat(TextHygiene.problem("")).isEmpty();
        assertThat(TextHygiene.problem(null)).isEmpty();
    }

    @Test
    void nulOtherControlCharactersAndLoneSurrogatesAreNamedWithTheirPosition() {
        assertThat(TextHygiene.problem("ATV\u00005")).hasValueSatisfying(p -> assertThat(p).contains("U+0000", "NUL",
                "position 4"));
        assertThat(TextHygiene.problem("bell\u0007")).hasValueSatisfying(p -> assertThat(p).contains("U+0007",
                "position 5"));
        assertThat(TextHygiene.problem("x\uD800")).hasValueSatisfying(p -> assertThat(p).contains("U+D800",
                "surrogate", "position 2"));
        assertThat(TextHygiene.problem("\uDC00y")).hasValueSatisfying(p -> assertThat(p).contains("U+DC00",
                "position 1"));
        // a high surrogate followed by something other than a low one is lone too
        assertThat(TextHygiene.problem("\uD83Dx")).isPresent();
    }

    @Test
    void jsonReadsStorableTextUnchanged() {
        Body body = json.readValue("""
                {"title": "Gateway\\n🚀", "parties": [{"name": "esa", "aliases": ["ESA"]}], "notes": {"k": "v"}}""",
                Body.class);
        assertThat(body.title()).isEqualTo("Gateway\n🚀");
        assertThat(body.parties().get(0).aliases()).containsExactly("ESA");
    }

    @Test
    void jsonRefusesUnstorableTextNamingTheFieldPathWhereverItIs() {
        assertThatThrownBy(() -> json.readValue("{\"title\": \"a\\u0000b\", \"parties\": [], \"notes\": {}}",
                Body.class))
                .isInstanceOf(TextHygiene.UnstorableText.class)
                .satisfies(e -> assertThat(path((TextHygiene.UnstorableText) e)).isEqualTo("title"));
        assertThatThrownBy(() -> json.readValue("""
                {"title": "t", "parties": [{"name": "esa", "aliases": ["ok", "\\ud800"]}], "notes": {}}""",
                Body.class))
                .isInstanceOf(TextHygiene.UnstorableText.class)
                .satisfies(e -> assertThat(path((TextHygiene.UnstorableText) e)).isEqualTo("parties[0].aliases[1]"));
        assertThatThrownBy(() -> json.readValue("{\"title\": \"t\", \"parties\": [], \"notes\": {\"k\": \"\\u0001\"}}",
                Body.class))
                .isInstanceOf(TextHygiene.UnstorableText.class)
                .satisfies(e -> assertThat(path((TextHygiene.UnstorableText) e)).isEqualTo("notes.k"));
        assertThatThrownBy(() -> json.readValue("{\"title\": \"t\", \"parties\": [], \"notes\": {\"\\u0000\": \"v\"}}",
                Body.class))
                .isInstanceOf(TextHygiene.UnstorableText.class);
        assertThatThrownBy(() -> json.readValue("{\"a\": [\"\\udfff\"]}", Map.class))
                .isInstanceOf(TextHygiene.UnstorableText.class);
    }

    private static String path(TextHygiene.UnstorableText e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
