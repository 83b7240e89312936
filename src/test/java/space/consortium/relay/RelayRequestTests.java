package space.consortium.relay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import space.consortium.shared.JsonInput;
import tools.jackson.databind.JsonNode;

/** The relay plan record reads the plan file's JSON (ids or objects) and writes it back the same way (no Spring). */
class RelayRequestTests {

    private static final String PLAN = """
            {"start": "2026-01-01T00:00:00Z", "end": "2026-01-02T00:00:00Z", "minElevationDeg": 10,
             "orbiters": ["tgo", {"id": "mro", "owner": "nasa", "radio": "electra",
                                  "elements": {"aKm": 3683.7, "e": 0.009, "iDeg": 92.65,
                                               "epoch": "2026-01-01T00:00:00Z"}}],
             "landers": ["curiosity", {"id": "x", "owner": "esa", "latDeg": 1, "lonDeg": 2}],
             "whatIf": {"removeOrbiters": ["tgo"]}}""";

    @Test
    void idsAndObjectsAreReadAsTheyAreMeant() {
        RelayRequest request = JsonInput.mapper().readValue(PLAN, RelayRequest.class);
        assertThat(request.orbiters()).hasSize(2);
        assertThat(request.orbiters().get(0).ref()).isEqualTo("tgo");
        assertThat(request.orbiters().get(0).id()).isNull();
        assertThat(request.orbiters().get(1).ref()).isNull();
        assertThat(request.orbiters().get(1).elements().aKm()).isEqualTo(3683.7);
        assertThat(request.landers().get(0).ref()).isEqualTo("curiosity");
        assertThat(request.landers().get(1).latDeg()).isEqualTo(1.0);
        assertThat(request.whatIf().removeOrbiters()).containsExactly("tgo");
    }

    @Test
    void writingAndReadingBackGivesTheSameRequestWithIdsStillIds() {
        RelayRequest request = JsonInput.mapper().readValue(PLAN, RelayRequest.class);
        String written = JsonInput.mapper().writeValueAsString(request);
        JsonNode tree = JsonInput.mapper().readTree(written);
        assertThat(tree.path("orbiters").get(0).isString()).isTrue();
        assertThat(tree.path("orbiters").get(1).path("id").asString()).isEqualTo("mro");
        assertThat(tree.path("orbiters").get(1).has("ref")).isFalse();
        assertThat(JsonInput.mapper().readValue(written, RelayRequest.class)).isEqualTo(request);
    }

    @Test
    void theSameChecksNameEveryProblemOfARequest() {
        RelayRequest request = JsonInput.mapper().readValue("""
                {"start": "2026-01-02T00:00:00Z", "end": "2026-01-01T00:00:00Z", "minElevationDeg": 75,
                 "orbiters": [{"id": "o", "owner": "nasa", "radio": "uhf",
                               "elements": {"aKm": 3683.7, "e": 1.5, "iDeg": 92.65,
                                            "epoch": "2026-01-01T00:00:00Z"}}],
                 "landers": ["nowhere", null]}""", RelayRequest.class);
        PlanChecks checks = new PlanChecks(id -> null);
        assertThat(checks.plan(request)).isNull();
        assertThat(checks.problems().problems()).extracting(p -> p.field()).containsExactly("end", "minElevationDeg",
                "orbiters[0].radio", "orbiters[0].elements.e", "landers[0]", "landers[1]");
    }
}
