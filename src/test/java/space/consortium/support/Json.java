package space.consortium.support;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON response body as a tree, with every decimal number kept as an exact {@link BigDecimal} (never a double),
 * so tests can compare money and percentages exactly.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /** The response body of a MockMvc exchange as a JSON tree. */
    public static JsonNode body(MvcTestResult result) {
        try {
            return parse(result.getResponse().getContentAsString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }

    /** The exact decimal at a JSON pointer such as {@code /shareTables/0/entries/1/percent}. */
    public static BigDecimal decimal(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        if (!value.isNumber()) {
            throw new AssertionError("expected a number at " + pointer + ", found " + value);
        }
        return value.decimalValue();
    }

    /** The text of the named property of each element of an array. */
    public static List<String> strings(JsonNode array, String property) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array.values()) {
            JsonNode value = element.path(property);
            values.add(value.isNull() || value.isMissingNode() ? null : value.asString());
        }
        return values;
    }
}
