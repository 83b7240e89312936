package space.consortium.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.schedule.MpxjFixtures;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;

/** MS Project XML and Primavera XER files imported as a project's schedule; bad files store nothing. */
abstract class ScheduleImportContract extends ApiContract {

    private static final String ISS = "/api/projects/iss/schedule";

    private MvcTestResult upload(String query, String name, byte[] bytes, String... params) {
        return upload(Users.admin(), query, name, bytes, params);
    }

    private MvcTestResult upload(org.springframework.test.web.servlet.request.RequestPostProcessor who, String query,
                                 String name, byte[] bytes, String... params) {
        var request = mvc.post().uri(ISS + "/import" + query).multipart()
                .file(new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.accept(MediaType.APPLICATION_JSON).with(who).exchange();
    }

    private static JsonNode named(JsonNode plan, String name) {
        for (JsonNode a : plan.path("activities").values()) {
            if (name.equals(a.path("name").asString())) {
                return a;
            }
        }
        throw new AssertionError(name + " not in " + plan);
    }

    private static void assertTheFixture(JsonNode plan) {
        assertThat(plan.path("activities").size()).as(plan.toString()).isEqualTo(4);
        JsonNode structure = named(plan, "Structure");
        JsonNode avionics = named(plan, "Avionics");
        JsonNode integration = named(plan, "Integration");
        assertThat(structure.at("/duration/dist").asString()).isEqualTo("fixed");
        assertThat(structure.at("/duration/value").asDouble()).isEqualTo(10.0);
        assertThat(integration.at("/duration/value").asDouble()).isEqualTo(5.0);
        assertThat(named(plan, "Readiness").path("milestone").asBoolean()).isTrue();
        assertThat(avionics.at("/links/0/from").asString()).isEqualTo(structure.path("id").asString());
        assertThat(avionics.at("/links/0/type").asString()).isEqualTo("FS");
        assertThat(avionics.at("/links/0/lag").asDouble()).isEqualTo(2.0);
        assertThat(integration.path("links").size()).isEqualTo(2);
        for (JsonNode link : integration.path("links").values()) {
            if (link.path("type").asString().equals("SS")) {
                assertThat(link.path("from").asString()).isEqualTo(avionics.path("id").asString());
                assertThat(link.path("lag").asDouble()).isEqualTo(3.0);
            } else {
                assertThat(link.path("type").asString()).isEqualTo("FF");
                assertThat(link.path("from").asString()).isEqualTo(structure.path("id").asString());
            }
        }
    }

    @Test
    void anMsProjectFileBecomesTheSchedule() {
        MvcTestResult result = upload("", "plan.xml", MpxjFixtures.mspdi(MpxjFixtures.project()), "owner", "esa");
        assertThat(result).hasStatusOk();
        JsonNode stored = Json.body(result);
        assertThat(stored.path("version").asLong()).isZero();
        assertThat(stored.path("activities").asInt()).isEqualTo(4);
        JsonNode plan = read(ISS).path("plan");
        assertTheFixture(plan);
        assertThat(named(plan, "Avionics").at("/duration/dist").asString()).isEqualTo("pert");
        assertThat(named(plan, "Avionics").at("/duration/max").asDouble()).isEqualTo(30.0);
        assertThat(named(plan, "Integration").at("/cost/fixed/value").asDouble()).isEqualTo(1000.0);
        assertThat(named(plan, "Integration").path("owner").asString()).isEqualTo("esa");

        assertThat(post(ISS + "/runs?trials=1000&seed=3", "")).hasStatusOk();
    }

    @Test
    void aPrimaveraFileReplacesTheScheduleAtItsVersion() {
        assertThat(upload("", "plan.xml", MpxjFixtures.mspdi(MpxjFixtures.project()))).hasStatusOk();
        byte[] xer = MpxjFixtures.xer(MpxjFixtures.project());
        assertInvalid(upload("", "plan.xer", xer), "version");
        assertProblem(upload("", "plan.xer", xer, "version", "7"), HttpStatus.CONFLICT);
        MvcTestResult replaced = upload("", "plan.xer", xer, "version", "0");
        assertThat(replaced).hasStatusOk();
        assertThat(Json.body(replaced).path("version").asLong()).isEqualTo(1);
        JsonNode plan = read(ISS).path("plan");
        assertTheFixture(plan);
        assertThat(named(plan, "Structure").path("id").asString()).isEqualTo("A100");
    }

    @Test
    void onlyTheProjectsCoordinatorsImport() {
        byte[] xml = MpxjFixtures.mspdi(MpxjFixtures.project());
        assertProblem(upload(Users.member("esa"), "", "plan.xml", xml), HttpStatus.FORBIDDEN);
        assertProblem(upload(Users.coordinator("other"), "", "plan.xml", xml), HttpStatus.FORBIDDEN);
        assertProblem(get(ISS), HttpStatus.NOT_FOUND);
        assertThat(upload(Users.coordinator("iss"), "", "plan.xml", xml)).hasStatusOk();
    }

    @Test
    void aPreviewStoresNothing() {
        MvcTestResult preview = upload("?preview=true", "plan.xer", MpxjFixtures.xer(MpxjFixtures.project()));
        assertThat(preview).hasStatusOk();
        assertTheFixture(Json.body(preview));
        assertProblem(get(ISS), HttpStatus.NOT_FOUND);
    }

    @Test
    void aBadFileIsA400NamingTheFileAndStoresNothing() {
        assertInvalid(upload("", "plan.xml", "this is not a schedule".getBytes(StandardCharsets.UTF_8)), "file");
        assertInvalid(upload("", "plan.xml", new byte[0]), "file");
        assertInvalid(upload("", "plan.xml", MpxjFixtures.mspdi(MpxjFixtures.project()), "owner", "nobody"),
                "owner");
        assertProblem(get(ISS), HttpStatus.NOT_FOUND);
    }
}
