package space.consortium.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * The relay API: the issue's plan file, registry ids for orbiters and landers, the what-if, and bad input named by
 * field. Short periods keep it fast.
 */
abstract class RelayApiContract extends ApiContract {

    private static final String MRO = """
            {"id":"mro","owner":"nasa","elements":{"aKm":3683.7,"e":0.009,"iDeg":92.65,"raanDeg":0,
             "argPeriapsisDeg":0,"meanAnomalyDeg":0,"epoch":"2026-01-01T00:00:00Z","kind":"osculating"},
             "radio":"electra"}""";
    private static final String CURIOSITY = """
            {"id":"curiosity","owner":"nasa","latDeg":-4.5895,"lonDeg":137.4417,"altKm":-4.5,
             "demandMbitPerSol":500}""";

    private static String plan(String orbiters, String landers, String extra) {
        return "{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-01-03T00:00:00Z\",\"minElevationDeg\":10,"
                + "\"propagator\":\"numerical-j2\",\"orbiters\":[" + orbiters + "],\"landers\":[" + landers + "]"
                + extra + "}";
    }

    @Test
    void theIssuesPlanFileGivesPassesAndAPlan() {
        MvcTestResult result = post("/api/relay/plan", plan(MRO, CURIOSITY, ""));
        assertThat(result).hasStatusOk();
        JsonNode body = Json.body(result);
        JsonNode passes = body.path("passes");
        assertThat(passes.size()).isBetween(3, 6);
        JsonNode first = passes.get(0);
        assertThat(first.path("orbiter").asString()).isEqualTo("mro");
        assertThat(first.path("lander").asString()).isEqualTo("curiosity");
        assertThat(first.path("start").asString()).startsWith("2026-01-0");
        assertThat(first.path("end").asString()).startsWith("2026-01-0");
        assertThat(first.path("maxElevationDeg").asDouble()).isBetween(10.0, 90.0);
        assertThat(first.path("volumeMbit").asDouble()).isPositive();
        JsonNode plan = body.path("plan");
        assertThat(plan.path("chosen").size()).isPositive();
        assertThat(plan.path("landers").get(0).path("lander").asString()).isEqualTo("curiosity");
        assertThat(plan.path("objective").asLong()).isGreaterThanOrEqualTo(plan.path("greedyObjective").asLong());
    }

    @Test
    void bareIdsUseTheRegistrysAssetsAndTheWhatIfShowsWhatEsaBrings() {
        MvcTestResult result = post("/api/relay/plan", plan("\"mro\",\"tgo\",\"odyssey\"",
                "\"curiosity\",\"zhurong\"", ",\"propagator\":\"eckstein-hechler\",\"whatIf\":{\"removePartners\":[\"esa\"]}"
                        .replace(",\"propagator\":\"eckstein-hechler\"", "")));
        assertThat(result).hasStatusOk();
        JsonNode body = Json.body(result);
        assertThat(Json.strings(body.path("orbiters"), "owner")).containsExactly("nasa", "esa", "nasa");
        JsonNode changes = body.at("/whatIf/changes");
        assertThat(changes.size()).isEqualTo(2);
        List<Double> lost = new ArrayList<>();
        changes.forEach(c -> lost.add(c.path("changeMbit").asDouble()));
        assertThat(lost).allMatch(x -> x <= 0).anyMatch(x -> x < 0);
    }

    // ---- the coalition builder's partner policies and the registry's lander status (issue 12)

    private static boolean nasaRelaysForZhurong(JsonNode passes) {
        for (JsonNode p : passes.values()) {
            if (p.path("orbiterOwner").asString().equals("nasa") && p.path("lander").asString().equals("zhurong")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theWolfAmendmentKeepsNasaOrbitersFromRelayingForCnsasLanderAndIsStatedOnThePlan() {
        String body = plan("\"mro\",\"tgo\"", "\"curiosity\",\"zhurong\"", "%s");
        // by default every enabled policy applies, as in the coalition builder
        JsonNode applied = Json.body(post("/api/relay/plan", body.formatted("")));
        assertThat(Json.strings(applied.path("policies"), "id")).containsExactly("wolf-amendment-cnsa");
        assertThat(applied.path("policies").get(0).path("passesLeftOut").asInt()).isPositive();
        assertThat(applied.path("policies").get(0).path("sourceUrl").asString()).startsWith("http");
        assertThat(nasaRelaysForZhurong(applied.path("passes"))).isFalse();
        assertThat(nasaRelaysForZhurong(applied.at("/plan/chosen"))).isFalse();
        // ESA's TGO still serves Zhurong: the policy is between NASA and CNSA only
        assertThat(Json.strings(applied.at("/plan/chosen"), "lander")).contains("zhurong");
        assertThat(applied.path("notes").toString()).contains("Policy applied: Wolf Amendment");

        // "policies": [] applies none, as for the coalition builder
        JsonNode none = Json.body(post("/api/relay/plan", body.formatted(", \"policies\": []")));
        assertThat(none.path("policies").size()).isZero();
        assertThat(nasaRelaysForZhurong(none.path("passes"))).isTrue();

        // switching the policy off in the catalogue has the same effect on the default
        JsonNode policy = read("/api/teaming/policies").values().stream()
                .filter(p -> p.path("id").asString().equals("wolf-amendment-cnsa")).findFirst().orElseThrow();
        assertThat(put("/api/teaming/policies/wolf-amendment-cnsa",
                "{\"enabled\": false, \"version\": " + policy.path("version").asLong() + "}")).hasStatusOk();
        JsonNode off = Json.body(post("/api/relay/plan", body.formatted("")));
        assertThat(off.path("policies").size()).isZero();
        assertThat(nasaRelaysForZhurong(off.path("passes"))).isTrue();
    }

    @Test
    void anUnknownPolicyIsA400NamingIt() {
        assertThat(fields(rejected(plan("\"mro\"", "\"curiosity\"", ", \"policies\": [\"no-such-policy\"]"))))
                .containsExactly("policies[0]");
        assertThat(fields(rejected(plan("\"mro\"", "\"curiosity\"", ", \"policies\": \"all\"")))).containsExactly("policies");
    }

    @Test
    void theRegistryMarksZhurongDormantAndInsightEndedWithTheirSources() {
        JsonNode assets = read("/api/relay/assets");
        for (JsonNode a : assets.values()) {
            String id = a.path("id").asString();
            String status = a.path("status").asString();
            switch (id) {
                case "zhurong" -> assertThat(status).isEqualTo("dormant");
                case "insight" -> assertThat(status).isEqualTo("ended");
                default -> assertThat(status).as(id).isEqualTo("active");
            }
            assertThat(a.path("statusSourceUrl").asString()).as(id).startsWith("http");
        }
    }

    @Test
    void theRegistryListsTheFiveOrbitersAndFourLandersWithOwnersAndSources() {
        JsonNode assets = read("/api/relay/assets");
        assertThat(Json.strings(assets, "id")).contains("mro", "odyssey", "maven", "tgo", "mex", "curiosity",
                "perseverance", "insight", "zhurong");
        assets.forEach(a -> assertThat(a.path("sourceUrl").asString()).startsWith("http"));
        assertThat(Json.strings(assets, "owner")).contains("nasa", "esa", "cnsa");
        assets.forEach(a -> {
            if (a.path("id").asString().equals("mro")) {
                assertThat(a.at("/orbiter/radio").asString()).isEqualTo("electra");
                assertThat(a.at("/orbiter/elements/aKm").asDouble()).isEqualTo(3683.7);
            }
            if (a.path("id").asString().equals("zhurong")) {
                assertThat(a.at("/lander/latDeg").asDouble()).isEqualTo(25.066);
                assertThat(a.path("kind").asString()).isEqualTo("lander");
            }
        });
    }

    private JsonNode rejected(String body) {
        return assertProblem(post("/api/relay/plan", body), HttpStatus.BAD_REQUEST);
    }

    private static List<String> fields(JsonNode problem) {
        return Json.strings(problem.path("errors"), "field");
    }

    @Test
    void badInputIsRejectedNamingTheField() {
        assertThat(fields(rejected(plan("\"voyager\"", CURIOSITY, "")))).containsExactly("orbiters[0]");
        assertThat(fields(rejected(plan(MRO, "\"beagle\"", "")))).containsExactly("landers[0]");
        assertThat(fields(rejected(plan(MRO.replace("0.009", "1.2"), CURIOSITY, ""))))
                .containsExactly("orbiters[0].elements.e");
        assertThat(fields(rejected(plan(MRO.replace("3683.7", "3300"), CURIOSITY, ""))))
                .containsExactly("orbiters[0].elements.aKm");
        JsonNode year = rejected(plan(MRO.replace("3683.7", "2000000"), CURIOSITY, ""));
        assertThat(fields(year)).containsExactly("orbiters[0].elements.aKm");
        assertThat(year.path("errors").get(0).path("message").asString()).contains("longer than a year");
        assertThat(fields(rejected(plan(MRO, CURIOSITY.replace("-4.5895", "-95"), ""))))
                .containsExactly("landers[0].latDeg");
        assertThat(fields(rejected(plan(MRO, CURIOSITY, "").replace("2026-01-03", "2025-12-30"))))
                .containsExactly("end");
        assertThat(fields(rejected(plan(MRO, CURIOSITY, ",\"body\":\"moon\"")))).containsExactly("body");
    }

    @Test
    void aPlanWithSeveralKindsOfProblemsNamesEveryOneInOne400WithOrWithoutFormat() {
        // an unknown field and a wrong-typed value (both nested), a rule (end before start), a missing field and an
        // unknown policy: each named once, the wrong-typed latitude not "required" as well
        String bad = plan(MRO.replace("\"radio\":\"electra\"", "\"radio\":\"electra\",\"colour\":\"red\""),
                CURIOSITY.replace("-4.5895", "\"south\"") + ",{\"id\":\"rover\",\"latDeg\":0,\"lonDeg\":0}",
                ",\"policies\":[\"no-such-policy\"]").replace("2026-01-03", "2025-12-30");
        for (String uri : List.of("/api/relay/plan", "/api/relay/plan?format=csv")) {
            MvcTestResult result = post(uri, bad);
            JsonNode problem = assertProblem(result, HttpStatus.BAD_REQUEST);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(fields(problem)).as(uri).containsExactlyInAnyOrder("orbiters[0].colour", "landers[0].latDeg",
                    "end", "landers[1].owner", "policies[0]");
        }
    }

    @Test
    void aNullOrNonObjectBodyIsA400NamingTheBody() {
        for (String body : List.of("null", "[1, 2]", "\"mro\"", "")) {
            assertThat(fields(rejected(body))).as(body).containsExactly("body");
        }
    }
}
