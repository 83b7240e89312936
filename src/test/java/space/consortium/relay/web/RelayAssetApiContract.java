package space.consortium.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.accounts.AuditQuery;
import space.consortium.accounts.AuditTrail;
import space.consortium.relay.RelayService;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The relay asset API: the shipped orbiters and landers as GET gives them, create, edit and delete with the physical
 * rules (every problem at once, by field path), optimistic locking, who may change which asset, the delete refused
 * while an unfinished relay job names the asset, and the relay planner using what was saved.
 */
abstract class RelayAssetApiContract extends ApiContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    RelayService relay;

    private static String orbiter(String id, String owner, String elements) {
        return """
                {"id": "%s", "name": "Test relay orbiter", "kind": "orbiter", "owner": "%s", "status": "active",
                 "elements": %s, "radio": "electra", "sourceUrl": "https://example.org/%s"}"""
                .formatted(id, owner, elements, id);
    }

    /** A 400 km circular polar orbit: a = 3396.19 + 400 km. */
    private static final String CIRCULAR = """
            {"aKm": 3796.19, "e": 0, "iDeg": 90, "raanDeg": 10, "argPeriapsisDeg": 0, "meanAnomalyDeg": 0,
             "epoch": "2026-01-01T00:00:00Z", "kind": "osculating"}""";

    private JsonNode body(MvcTestResult result) {
        return Json.body(result);
    }

    // ---- reading

    @Test
    void theShippedAssetsAreListedOrbitersFirstEachWithASource() {
        JsonNode all = read("/api/relay-assets");
        List<String> ids = Json.strings(all, "id");
        assertThat(ids).containsExactly("maven", "mex", "mro", "odyssey", "tgo", "curiosity", "insight",
                "perseverance", "zhurong");
        all.values().forEach(a -> assertThat(a.path("sourceUrl").asString()).startsWith("https://"));
        JsonNode tgo = read("/api/relay-assets/tgo");
        // ESA's Trace Gas Orbiter: a ~400 km near-circular orbit at 74° inclination, with NASA-built Electra radios
        assertThat(tgo.path("kind").asString()).isEqualTo("orbiter");
        assertThat(tgo.path("owner").asString()).isEqualTo("esa");
        assertThat(tgo.at("/elements/iDeg").asDouble()).isEqualTo(74.0);
        assertThat(tgo.at("/elements/aKm").asDouble() - 3396.19).isBetween(350.0, 450.0);
        assertThat(tgo.path("radio").asString()).isEqualTo("electra");
        assertThat(tgo.path("version").isNumber()).isTrue();
        // Zhurong is silent since May 2022: dormant, with the page that says so
        JsonNode zhurong = read("/api/relay-assets/zhurong");
        assertThat(zhurong.path("status").asString()).isEqualTo("dormant");
        assertThat(zhurong.path("statusSourceUrl").asString()).startsWith("https://");
        assertThat(zhurong.path("latDeg").asDouble()).isBetween(20.0, 30.0); // Utopia Planitia, ~25° N
        assertProblem(get("/api/relay-assets/phobos-orbiter"), HttpStatus.NOT_FOUND);
    }

    // ---- creating

    @Test
    void aCreatedOrbiterIsStoredAuditedAndPlannedByItsId() {
        MvcTestResult created = as(Users.member("esa")).post("/api/relay-assets", orbiter("esa-relay", "esa",
                CIRCULAR));

        assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/relay-assets/esa-relay");
        JsonNode stored = read("/api/relay-assets/esa-relay");
        assertThat(stored.path("version").asLong()).isZero();
        assertThat(stored.at("/elements/aKm").asDouble()).isEqualTo(3796.19);
        assertThat(stored.path("status").asString()).isEqualTo("active");
        assertThat(audit.all(new AuditQuery(null, "esa", "relay asset", null)))
                .anySatisfy(e -> assertThat(e.action() + " " + e.entityId()).isEqualTo("create esa-relay"));
        // the planner looks the new id up in the registry
        MvcTestResult plan = post("/api/relay/plan", """
                {"start": "2026-01-01T00:00:00Z", "end": "2026-01-01T12:00:00Z", "propagator": "keplerian",
                 "orbiters": ["esa-relay"], "landers": ["curiosity"]}""");
        assertThat(plan).hasStatusOk();
        assertThat(body(plan).at("/orbiters/0/owner").asString()).isEqualTo("esa");
    }

    @Test
    void aLanderIsCreatedWithItsSiteAndDefaults() {
        MvcTestResult created = post("/api/relay-assets", """
                {"id": "test-lander", "name": "Test lander", "kind": "lander", "owner": "jaxa",
                 "latDeg": 18.4, "lonDeg": 77.5, "sourceUrl": "https://example.org/lander"}""");

        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode stored = body(created);
        assertThat(stored.path("latDeg").asDouble()).isEqualTo(18.4);
        assertThat(stored.path("altKm").asDouble()).isZero();
        assertThat(stored.path("priority").asDouble()).isEqualTo(1.0);
        assertThat(stored.path("status").asString()).isEqualTo("active");
        assertThat(stored.path("elements").isNull() || stored.path("elements").isMissingNode()).isTrue();
    }

    @Test
    void everyPhysicalProblemOfAnOrbiterIsNamedAtOnceAndNothingIsStored() {
        String bad = """
                {"id": "Bad Id", "name": "", "kind": "orbiter", "owner": "no-such-agency", "status": "lost",
                 "elements": {"aKm": 3796, "e": 1.2, "iDeg": 200, "raanDeg": 400, "epoch": "2026-01-01T00:00:00Z"},
                 "radio": "s-band", "latDeg": 5}""";

        JsonNode problem = assertInvalid(post("/api/relay-assets", bad), "id", "name", "owner", "status", "sourceUrl",
                "elements.e", "elements.iDeg", "elements.raanDeg", "radio", "latDeg");

        assertThat(problem.path("detail").asString()).contains("0 ≤ e < 1");
        assertThat(Json.strings(read("/api/relay-assets"), "id")).hasSize(9);
    }

    @Test
    void aPeriapsisBelowTheSurfaceAndAnEndedAssetWithoutSourceAreRefused() {
        // a = 3500 km, e = 0.1: periapsis radius 3150 km, under Mars's 3396.19 km equatorial radius
        String body = orbiter("low-orbiter", "nasa", CIRCULAR.replace("3796.19", "3500").replace("\"e\": 0", "\"e\": 0.1"))
                .replace("\"active\"", "\"ended\"");
        JsonNode problem = assertInvalid(post("/api/relay-assets", body), "elements.aKm", "statusSourceUrl");
        assertThat(problem.path("detail").asString()).contains("below the surface");
    }

    @Test
    void aLandersSiteIsCheckedAndEveryProblemNamed() {
        assertInvalid(post("/api/relay-assets", """
                {"id": "bad-lander", "name": "Bad lander", "kind": "lander", "owner": "nasa",
                 "latDeg": 95, "lonDeg": 200, "demandMbitPerSol": -1, "radio": "electra",
                 "sourceUrl": "ftp://example.org"}"""), "latDeg", "lonDeg", "demandMbitPerSol", "radio", "sourceUrl");
    }

    @Test
    void anUnknownFieldAndAWrongTypeAreNamed() {
        String body = orbiter("typed-orbiter", "nasa", CIRCULAR.replace("\"e\": 0", "\"e\": \"small\""))
                .replace("\"radio\"", "\"colour\": \"red\", \"radio\"");
        JsonNode problem = assertInvalid(post("/api/relay-assets", body), "elements.e", "colour");
        assertThat(problem.path("detail").asString()).doesNotContain("java.");
        assertProblem(get("/api/relay-assets/typed-orbiter"), HttpStatus.NOT_FOUND);
    }

    @Test
    void aBodyWithSeveralKindsOfProblemsNamesEveryOneInOne400OnCreateAndUpdate() {
        // an unknown field and a wrong-typed value (nested) with a rule (e ≥ 1) and a missing name
        String create = orbiter("mixed-orbiter", "nasa", CIRCULAR.replace("\"iDeg\": 90", "\"iDeg\": \"polar\"")
                .replace("\"e\": 0", "\"e\": 1.5")).replace("\"radio\"", "\"colour\": \"red\", \"radio\"")
                .replace("\"name\": \"Test relay orbiter\", ", "");
        assertInvalid(post("/api/relay-assets", create), "colour", "elements.iDeg", "elements.e", "name");
        assertProblem(get("/api/relay-assets/mixed-orbiter"), HttpStatus.NOT_FOUND);
        // on update, the read-only kind and the missing version are named with them
        ObjectNode mro = (ObjectNode) read("/api/relay-assets/mro");
        String before = mro.toString();
        ObjectNode bad = mro.deepCopy().put("kind", "lander").put("colour", "red");
        bad.remove("version");
        ((ObjectNode) bad.path("elements")).put("e", 1.5).put("iDeg", "polar");
        assertInvalid(put("/api/relay-assets/mro", bad.toString()), "kind", "version", "colour", "elements.e",
                "elements.iDeg");
        assertThat(read("/api/relay-assets/mro").toString()).isEqualTo(before);
        for (String body : new String[] {"null", "[1]", "\"mro\""}) {
            assertInvalid(post("/api/relay-assets", body), "body");
            assertInvalid(put("/api/relay-assets/mro", body), "body");
        }
    }

    @Test
    void anExistingIdIsA409() {
        assertProblem(post("/api/relay-assets", orbiter("mro", "nasa", CIRCULAR)), HttpStatus.CONFLICT);
        assertThat(read("/api/relay-assets/mro").path("name").asString()).isEqualTo("Mars Reconnaissance Orbiter");
    }

    // ---- editing

    @Test
    void aStaleVersionIsA409AndOverwritesNothing() {
        ObjectNode tgo = (ObjectNode) read("/api/relay-assets/tgo");
        long version = tgo.path("version").asLong();
        assertThat(put("/api/relay-assets/tgo", tgo.deepCopy().put("name", "TGO (first change)").toString()))
                .hasStatusOk();

        assertProblem(put("/api/relay-assets/tgo", tgo.put("name", "TGO (second change)").toString()),
                HttpStatus.CONFLICT);

        JsonNode stored = read("/api/relay-assets/tgo");
        assertThat(stored.path("name").asString()).isEqualTo("TGO (first change)");
        assertThat(stored.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void idKindAndVersionAreCheckedOnUpdateAndARefusedUpdateChangesNothing() {
        ObjectNode mro = (ObjectNode) read("/api/relay-assets/mro");
        String before = mro.toString();
        assertInvalid(put("/api/relay-assets/mro", mro.deepCopy().put("id", "odyssey").toString()), "id");
        assertInvalid(put("/api/relay-assets/mro", mro.deepCopy().put("kind", "lander").toString()), "kind");
        ObjectNode noVersion = mro.deepCopy();
        noVersion.remove("version");
        assertInvalid(put("/api/relay-assets/mro", noVersion.toString()), "version");
        ObjectNode bad = mro.deepCopy();
        ((ObjectNode) bad.path("elements")).put("e", 1.5).put("iDeg", -3);
        assertInvalid(put("/api/relay-assets/mro", bad.toString()), "elements.e", "elements.iDeg");
        assertThat(read("/api/relay-assets/mro").toString()).isEqualTo(before);
        assertProblem(put("/api/relay-assets/no-such-asset", mro.toString()), HttpStatus.NOT_FOUND);
    }

    @Test
    void aMemberEditsTheirPartnersAssetsOnly() {
        ObjectNode mro = (ObjectNode) read("/api/relay-assets/mro");
        String before = mro.toString();

        assertProblem(as(Users.member("esa")).put("/api/relay-assets/mro", mro.deepCopy().put("name", "Not ESA's")
                .toString()), HttpStatus.FORBIDDEN);
        assertProblem(as(Users.observer()).put("/api/relay-assets/mro", mro.deepCopy().put("name", "Observed")
                .toString()), HttpStatus.FORBIDDEN);
        assertProblem(as(Users.coordinator("iss")).delete("/api/relay-assets/mro"), HttpStatus.FORBIDDEN);
        // handing an asset to another partner needs the right to edit that partner's data too
        assertProblem(as(Users.member("nasa")).put("/api/relay-assets/mro", mro.deepCopy().put("owner", "esa")
                .toString()), HttpStatus.FORBIDDEN);
        assertProblem(as(Users.member("esa")).post("/api/relay-assets", orbiter("not-theirs", "nasa", CIRCULAR)),
                HttpStatus.FORBIDDEN);
        assertThat(read("/api/relay-assets/mro").toString()).isEqualTo(before);
        assertProblem(get("/api/relay-assets/not-theirs"), HttpStatus.NOT_FOUND);

        assertThat(as(Users.member("nasa")).put("/api/relay-assets/mro", mro.put("name", "MRO (NASA's edit)")
                .toString())).hasStatusOk();
        assertThat(read("/api/relay-assets/mro").path("name").asString()).isEqualTo("MRO (NASA's edit)");
    }

    // ---- the planner uses what was saved

    @Test
    void aPlanByIdUsesTheEditedSite() {
        ObjectNode curiosity = (ObjectNode) read("/api/relay-assets/curiosity");
        curiosity.put("latDeg", 10.25).put("lonDeg", -20.5);
        assertThat(put("/api/relay-assets/curiosity", curiosity.toString())).hasStatusOk();

        MvcTestResult plan = post("/api/relay/plan", """
                {"start": "2026-01-01T00:00:00Z", "end": "2026-01-01T06:00:00Z", "propagator": "keplerian",
                 "orbiters": ["mro"], "landers": ["curiosity"]}""");

        assertThat(plan).hasStatusOk();
        assertThat(body(plan).at("/landers/0/latDeg").asDouble()).isEqualTo(10.25);
        assertThat(body(plan).at("/landers/0/lonDeg").asDouble()).isEqualTo(-20.5);
    }

    @Test
    void anEndedOrbiterLeavesTheDefaultPlan() {
        assertThat(relay.defaultOrbiters()).contains("tgo");
        ObjectNode tgo = (ObjectNode) read("/api/relay-assets/tgo");
        tgo.put("status", "ended").put("statusSourceUrl", "https://example.org/tgo-ended");

        assertThat(put("/api/relay-assets/tgo", tgo.toString())).hasStatusOk();

        // every asset the default plan takes is active, and the ended orbiter is not among them
        assertThat(relay.defaultOrbiters()).doesNotContain("tgo").isNotEmpty()
                .allSatisfy(id -> assertThat(read("/api/relay-assets/" + id).path("status").asString())
                        .isEqualTo("active"));
        assertThat(relay.defaultLanders()).allSatisfy(id -> assertThat(read("/api/relay-assets/" + id)
                .path("status").asString()).isEqualTo("active"));
    }

    // ---- deleting

    @Test
    void deleteIsRefusedWhileAnUnfinishedRelayJobNamesTheAssetThenAllowed() {
        jdbc.sql("""
                insert into computation_job (id, kind, request, status, total, created_at, updated_at)
                values ('job-names-tgo', 'relay', :request, 'queued', 1, :now, :now)""")
                .param("request", """
                        {"start":"2026-01-01T00:00:00Z","end":"2026-01-02T00:00:00Z","orbiters":["tgo"],
                         "landers":["curiosity"]}""")
                .param("now", java.sql.Timestamp.from(Instant.now())).update();

        JsonNode problem = assertProblem(delete("/api/relay-assets/tgo"), HttpStatus.CONFLICT);

        assertThat(problem.path("detail").asString()).contains("job-names-tgo");
        assertThat(get("/api/relay-assets/tgo")).hasStatusOk();
        // a lander the job does not name may go
        assertThat(delete("/api/relay-assets/insight")).hasStatus(HttpStatus.NO_CONTENT);

        jdbc.sql("update computation_job set status = 'done' where id = 'job-names-tgo'").update();
        assertThat(delete("/api/relay-assets/tgo")).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/relay-assets/tgo"), HttpStatus.NOT_FOUND);
        // the planner no longer knows the id
        assertInvalid(post("/api/relay/plan", """
                {"start": "2026-01-01T00:00:00Z", "end": "2026-01-01T06:00:00Z", "orbiters": ["tgo"],
                 "landers": ["curiosity"]}"""), "orbiters[0]");
        assertProblem(delete("/api/relay-assets/tgo"), HttpStatus.NOT_FOUND);
    }
}
