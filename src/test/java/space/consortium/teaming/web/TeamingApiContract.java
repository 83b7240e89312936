package space.consortium.teaming.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The teaming API: solving from a file's partners and from the catalogue, explanations, bad input, catalogue edits. */
abstract class TeamingApiContract extends ApiContract {

    /** csa arm 120; esa arm 200, service 300; jaxa cargo 150; nasa arm 250, service 400, cargo 180. */
    static final String ISS_PARTNERS = """
            "partners": [
              {"id": "csa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 120}]},
              {"id": "esa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 200},
                                             {"capability": "service-module", "maturity": 9, "cost": 300}]},
              {"id": "jaxa", "capabilities": [{"capability": "cargo-resupply", "maturity": 9, "cost": 150}]},
              {"id": "nasa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 250},
                                              {"capability": "service-module", "maturity": 9, "cost": 400},
                                              {"capability": "cargo-resupply", "maturity": 9, "cost": 180}]}]""";

    static final String ISS_REQUIREMENTS = """
            "requirements": [{"capability": "robotic-arm", "minMaturity": 9},
                             {"capability": "service-module", "minMaturity": 8},
                             {"capability": "cargo-resupply", "minMaturity": 9}]""";

    @Test
    void fileMissionHasTheHandComputedOptimum() {
        JsonNode report = Json.body(okSolve("{" + ISS_REQUIREMENTS + "," + ISS_PARTNERS + ", \"objective\": \"min-cost\"}"));
        assertThat(report.path("status").asString()).isEqualTo("optimal");
        assertThat(report.path("cost").asDouble()).isEqualTo(570.0);
        assertThat(strings(report.path("partners"))).containsExactly("csa", "esa", "jaxa");
        assertThat(strings(report.path("assignment").path("robotic-arm")).get(0)).isEqualTo("csa");
        assertThat(report.path("providers").path("service-module").asString()).isEqualTo("esa");
        assertThat(report.path("gap").asDouble()).isZero();
        assertThat(report.path("pareto").size()).isEqualTo(4);
        assertThat(report.path("greedy").path("costRatio").asDouble()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aCapabilityNobodyHasIsInfeasibleNotAnError() {
        JsonNode report = Json.body(okSolve("""
                {"requirements": [{"capability": "robotic-arm"}, {"capability": "mars-relay", "redundancy": 1}],
                """ + ISS_PARTNERS + "}"));
        assertThat(report.path("status").asString()).isEqualTo("infeasible");
        assertThat(report.path("explanation").get(0).path("subject").asString()).isEqualTo("mars-relay");
        assertThat(report.path("explanation").get(0).path("kind").asString()).isEqualTo("no-capable-partner");
    }

    @Test
    void redundancyAboveTheCapablePartnersIsInfeasibleAndNamed() {
        JsonNode report = Json.body(okSolve("""
                {"requirements": [{"capability": "service-module", "redundancy": 3}],
                """ + ISS_PARTNERS + "}"));
        assertThat(report.path("status").asString()).isEqualTo("infeasible");
        assertThat(report.path("explanation").get(0).path("message").asString()).contains("service-module")
                .contains("redundancy 3");
    }

    @Test
    void badMissionsAre400sNamingEveryField() {
        assertInvalid(post("/api/teaming/solve", "{\"requirements\": []," + ISS_PARTNERS + "}"), "requirements");
        assertInvalid(post("/api/teaming/solve", """
                {"requirements": [{"capability": "robotic-arm", "minMaturity": 10}],
                 "partners": [{"id": "a", "capabilities": [{"capability": "robotic-arm", "maturity": 0, "cost": -5}]},
                              {"id": "a", "capabilities": []}]}"""),
                "requirements[0].minMaturity", "partners[0].capabilities[0].maturity",
                "partners[0].capabilities[0].cost", "partners[1].id");
        assertInvalid(post("/api/teaming/solve", "{" + ISS_REQUIREMENTS + "," + ISS_PARTNERS + """
                , "constraints": {"required": ["zz"], "incompatible": [["csa", "csa"]], "maxPartners": 0},
                  "objective": "cheapest"}"""),
                "constraints.required[0]", "constraints.incompatible[0]", "constraints.maxPartners", "objective");
    }

    @Test
    void catalogueModeRejectsUnknownCapabilitiesPartnersAndPolicies() {
        assertInvalid(post("/api/teaming/solve", """
                {"requirements": [{"capability": "warp-drive"}], "constraints": {"excluded": ["no-such-agency"]}}"""),
                "requirements[0].capability", "constraints.excluded[0]");
        assertInvalid(post("/api/teaming/solve", """
                {"requirements": [{"capability": "robotic-arm"}], "policies": ["no-such-policy"]}"""), "policies[0]");
    }

    @Test
    void everyTemplateIsSolvedFromTheCatalogueWithinPolicy() {
        JsonNode templates = read("/api/teaming/templates");
        assertThat(templates.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode t : templates.values()) {
            String body = "{\"requirements\": " + t.path("requirements") + ", \"constraints\": {\"maxPartners\": "
                    + t.path("maxPartners") + "}}";
            JsonNode report = Json.body(okSolve(body));
            assertThat(report.path("status").asString()).as(t.path("id").asString()).isEqualTo("optimal");
            Set<String> members = new HashSet<>(strings(report.path("partners")));
            assertThat(members.containsAll(List.of("nasa", "cnsa"))).as("Wolf Amendment").isFalse();
            for (JsonNode req : t.path("requirements").values()) {
                String cap = req.path("capability").asString();
                String provider = report.path("providers").path(cap).asString();
                JsonNode offers = read("/api/teaming/partner-capabilities?partner=" + provider + "&capability=" + cap);
                assertThat(offers.size()).as(cap + " by " + provider).isEqualTo(1);
                assertThat(offers.get(0).path("trl").asInt()).isGreaterThanOrEqualTo(req.path("minMaturity").asInt());
                assertThat(report.path("assignment").path(cap).size()).isGreaterThanOrEqualTo(req.path("redundancy").asInt());
            }
        }
    }

    @Test
    void theWolfAmendmentKeepsNasaAndCnsaApartUntilSwitchedOff() {
        String both = """
                {"requirements": [{"capability": "rover-mobility", "minMaturity": 9}],
                 "constraints": {"required": ["nasa", "cnsa"]}%s}""";
        JsonNode blocked = Json.body(okSolve(both.formatted("")));
        assertThat(blocked.path("status").asString()).isEqualTo("infeasible");
        assertThat(blocked.path("explanation").toString()).contains("Wolf Amendment").contains("nasa+cnsa");
        JsonNode allowed = Json.body(okSolve(both.formatted(", \"policies\": []")));
        assertThat(allowed.path("status").asString()).isEqualTo("optimal");
        // switching the policy off in the catalogue has the same effect
        JsonNode policy = read("/api/teaming/policies").values().stream()
                .filter(p -> p.path("id").asString().equals("wolf-amendment-cnsa")).findFirst().orElseThrow();
        assertThat(policy.path("sourceUrl").asString()).isEqualTo("https://en.wikipedia.org/wiki/Wolf_Amendment");
        assertThat(put("/api/teaming/policies/wolf-amendment-cnsa",
                "{\"enabled\": false, \"version\": " + policy.path("version").asLong() + "}")).hasStatusOk();
        assertThat(Json.body(okSolve(both.formatted(""))).path("status").asString()).isEqualTo("optimal");
        assertProblem(put("/api/teaming/policies/wolf-amendment-cnsa",
                "{\"enabled\": true, \"version\": " + policy.path("version").asLong() + "}"), HttpStatus.CONFLICT);
    }

    @Test
    void catalogueShipsSourcedEvidenceDerivedFromContributions() {
        assertThat(read("/api/teaming/capabilities").size()).isBetween(30, 40);
        JsonNode arm = read("/api/teaming/partner-capabilities?partner=csa&capability=robotic-arm").get(0);
        assertThat(arm.path("maturity").asString()).isEqualTo("flight-proven");
        assertThat(arm.path("trl").asInt()).isEqualTo(9);
        assertThat(arm.path("evidence").asString()).contains("Canadarm2");
        assertThat(arm.path("sourceUrl").asString()).startsWith("http");
    }

    @Test
    void capabilitiesAndPartnerCapabilitiesCanBeEdited() {
        MvcTestResult created = post("/api/teaming/capabilities", """
                {"id": "plasma-drive", "name": "Plasma drive", "group": "in-space", "unitCostUsdMillions": 80}""");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertInvalid(post("/api/teaming/capabilities", """
                {"id": "Bad Id", "name": "", "group": "nowhere", "unitCostUsdMillions": -1}"""),
                "id", "name", "group", "unitCostUsdMillions");
        MvcTestResult offer = post("/api/teaming/partner-capabilities", """
                {"partnerId": "esa", "capabilityId": "plasma-drive", "maturity": "6", "evidence": "study",
                 "costUsdMillions": 70, "sourceUrl": "https://example.org/plasma"}""");
        assertThat(offer).hasStatus(HttpStatus.CREATED);
        JsonNode stored = Json.body(offer);
        assertInvalid(post("/api/teaming/partner-capabilities", """
                {"partnerId": "nobody", "capabilityId": "nothing", "maturity": "11", "sourceUrl": "ftp://x"}"""),
                "partnerId", "capabilityId", "maturity", "sourceUrl");
        String change = """
                {"maturity": "flight proven", "evidence": "flew", "costUsdMillions": 60,
                 "sourceUrl": "https://example.org/plasma", "version": %d}""";
        JsonNode changed = Json.body(put("/api/teaming/partner-capabilities/" + stored.path("id").asLong(),
                change.formatted(stored.path("version").asLong())));
        assertThat(changed.path("maturity").asString()).isEqualTo("flight-proven");
        assertProblem(put("/api/teaming/partner-capabilities/" + stored.path("id").asLong(),
                change.formatted(stored.path("version").asLong())), HttpStatus.CONFLICT);
        assertProblem(delete("/api/teaming/capabilities/plasma-drive"), HttpStatus.CONFLICT);
        // the catalogue now offers it: a catalogue solve finds esa
        JsonNode report = Json.body(okSolve("{\"requirements\": [{\"capability\": \"plasma-drive\", \"minMaturity\": 9}]}"));
        assertThat(report.path("providers").path("plasma-drive").asString()).isEqualTo("esa");
        assertThat(report.path("cost").asDouble()).isEqualTo(60.0);
        assertThat(delete("/api/teaming/partner-capabilities/" + stored.path("id").asLong()))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(delete("/api/teaming/capabilities/plasma-drive")).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/teaming/capabilities/plasma-drive"), HttpStatus.NOT_FOUND);
    }

    @Test
    void aCatalogueSolveCountsOnlySourcedCostsAndMarksTheIllustrativeOnes() {
        // cargo resupply carries a sourced unit cost (NASA CRS-2: $6.31 billion for 21 missions, NASA OIG 2018);
        // the robotic arm's catalogue figure is an illustrative placeholder and no partner gives its own
        JsonNode report = Json.body(okSolve("""
                {"requirements": [{"capability": "cargo-resupply", "minMaturity": 9},
                                  {"capability": "robotic-arm", "minMaturity": 9}]}"""));
        JsonNode capability = read("/api/teaming/capabilities/cargo-resupply");
        assertThat(capability.path("unitCostUsdMillions").asDouble()).isEqualTo(300.5);
        assertThat(capability.path("unitCostSourceUrl").asString()).startsWith("https://spacenews.com/");
        assertThat(report.path("cost").asDouble()).isEqualTo(300.5);
        for (JsonNode row : report.path("rows").values()) {
            boolean cargo = row.path("capability").asString().equals("cargo-resupply");
            assertThat(row.path("costSourced").asBoolean()).as(row.toString()).isEqualTo(cargo);
        }
        assertThat(report.path("notes").toString()).contains("not counted", "robotic-arm");
        // a source given in the catalogue makes the figure count
        assertInvalid(post("/api/teaming/capabilities", """
                {"id": "ion-drive", "name": "Ion drive", "group": "in-space", "unitCostUsdMillions": 80,
                 "unitCostSourceUrl": "ftp://x"}"""), "unitCostSourceUrl");
    }

    @Test
    void aCoalitionIsSavedToAProjectAsProposedParticipations() {
        MvcTestResult saved = post("/api/teaming/proposals", "{\"projectId\": \"gateway\", \"mission\": {"
                + ISS_REQUIREMENTS + "," + ISS_PARTNERS + "}}");
        assertThat(saved).hasStatus(HttpStatus.CREATED);
        JsonNode list = Json.body(saved);
        assertThat(list.size()).isEqualTo(3);
        JsonNode proposals = read("/api/teaming/proposals?project=gateway");
        assertThat(proposals.size()).isEqualTo(3);
        double total = 0;
        for (JsonNode p : proposals.values()) {
            total += p.path("costUsdMillions").asDouble();
        }
        assertThat(total).isEqualTo(570.0);
        assertInvalid(post("/api/teaming/proposals", "{\"projectId\": \"no-such-project\"}"), "projectId", "mission");
        assertInvalid(post("/api/teaming/proposals", """
                {"projectId": "gateway", "mission": {"requirements": [{"capability": "warp-drive"}],
                 "partners": []}}"""), "mission");
        long id = list.get(0).path("id").asLong();
        assertThat(delete("/api/teaming/proposals/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(delete("/api/teaming/proposals/" + id), HttpStatus.NOT_FOUND);
    }

    private MvcTestResult okSolve(String body) {
        MvcTestResult result = post("/api/teaming/solve", body);
        assertThat(result).hasStatusOk();
        return result;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.asString()));
        return out;
    }
}
