package space.consortium.insights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;

/**
 * Claims of every kind checked over the API against the shipped dataset, on H2 and on PostgreSQL: a supported, a
 * contradicted and a not-computable case each, with their evidence rows; the article's three statistics; claims without
 * a source; bad input. Expected answers are from primary sources, not from the code: NASA (13 Oct 2020: the eight
 * first signatories of the Artemis Accords, Japan and the United States among them; Russia never signed), NASA's ISS
 * partners page (five partner agencies; the 1998 IGA signed 29 Jan 1998), ESA (Juice launched 14 Apr 2023), and the
 * IAU's member counts (12,563 in July 2017, 12,627 on 1 June 2023).
 */
abstract class ClaimApiContract extends ApiContract {

    @Autowired JdbcTemplate jdbc;

    private static final String ARTICLE_ACCORDS = "In 2020, the United States and Russia signed an agreement to "
            + "cooperate on the Artemis program, which aims to return humans to the Moon.";
    private static final String ARTICLE_ESA = "According to the European Space Agency, over 80% of its projects "
            + "involve international collaboration.";
    private static final String ARTICLE_IAU = "The International Astronomical Union has over 13,500 individual "
            + "members from 100 countries, highlighting the global nature of space exploration.";

    // ---- signature

    @Test
    void japanSignedTheAccordsOnTheirFirstDay() {
        JsonNode r = check("""
                {"text": "Japan signed the Artemis Accords on 13 October 2020", "kind": "signature",
                 "subject": {"agreement": "artemis-accords", "country": "JP", "on": "2020-10-13"}}""");
        assertThat(r.path("verdict").asString()).isEqualTo("supported");
        assertThat(evidence(r, "id")).containsExactly("artemis-accords", "artemis-accords/JP");
        JsonNode party = r.path("evidence").get(1);
        assertThat(party.path("type").asString()).isEqualTo("agreement-party");
        assertThat(party.path("label").asString()).contains("Japan", "2020-10-13");
        assertThat(party.path("url").asString()).isEqualTo("/agreements/artemis-accords");
        assertThat(party.path("sourceUrl").asString()).startsWith("http");
        assertThat(r.path("rule").asString()).startsWith("signature");
    }

    @Test
    void roscosmosNeverSignedTheAccordsAndAnUnknownAgreementIsNotComputable() {
        JsonNode r = check("""
                {"text": "Roscosmos signed the Artemis Accords", "kind": "signature",
                 "subject": {"agreement": "artemis-accords", "partner": "roscosmos"}}""");
        assertThat(r.path("verdict").asString()).isEqualTo("contradicted");
        assertThat(r.path("computedText").asString()).contains("not a party");
        assertThat(evidence(r, "id")).containsExactly("artemis-accords");
        JsonNode unknown = check("""
                {"text": "The US signed the Moon Pact", "kind": "signature",
                 "subject": {"agreement": "moon-pact", "country": "US"}}""");
        assertThat(unknown.path("verdict").asString()).isEqualTo("not computable");
        assertThat(unknown.path("reason").asString()).contains("no agreement 'moon-pact'");
    }

    // ---- count

    @Test
    void eightCountriesSignedTheAccordsOnTheirFirstDay() {
        JsonNode r = check("""
                {"text": "Eight countries signed on 13 October 2020", "kind": "count",
                 "subject": {"of": "agreement-parties", "agreement": "artemis-accords", "asOf": "2020-10-13"},
                 "statedValue": 8}""");
        assertThat(r.path("verdict").asString()).isEqualTo("supported");
        assertThat(r.path("computed").isIntegralNumber()).as("a count is an integer").isTrue();
        assertThat(r.path("computed").asLong()).isEqualTo(8);
        assertThat(evidence(r, "id")).containsExactlyInAnyOrder("artemis-accords", "artemis-accords/AU",
                "artemis-accords/CA", "artemis-accords/IT", "artemis-accords/JP", "artemis-accords/LU",
                "artemis-accords/AE", "artemis-accords/GB", "artemis-accords/US");
    }

    @Test
    void sixIssPartnersIsContradictedByTheFivePartnerAgencies() {
        JsonNode r = check("""
                {"text": "Six agencies run the ISS", "kind": "count", "subject": {"of": "partners", "project": "iss"},
                 "statedValue": 6}""");
        assertThat(r.path("verdict").asString()).isEqualTo("contradicted");
        assertThat(r.path("computed").asLong()).isEqualTo(5);
        assertThat(evidence(r, "id")).containsExactlyInAnyOrder("nasa", "roscosmos", "esa", "jaxa", "csa");
        assertThat(evidence(r, "url")).contains("/partners/nasa");
        JsonNode none = check("""
                {"text": "Nobody leads ten projects", "kind": "count", "subject": {"of": "projects", "lead": "nobody"},
                 "statedValue": 10}""");
        assertThat(none.path("verdict").asString()).isEqualTo("not computable");
        assertThat(none.path("reason").asString()).contains("no partner 'nobody'");
    }

    @Test
    void aClaimStoredBeforeKindsIsACountOfItsMetricAndStillChecks() {
        JsonNode r = check("""
                {"text": "The Accords have 61 signatories", "kind": "count",
                 "subject": {"of": "metric", "metric": "artemisAccordsSignatories"}, "statedValue": 61}""");
        assertThat(r.path("verdict").asString()).isEqualTo("supported");
        assertThat(r.path("computed").asLong()).isEqualTo(61);
    }

    // ---- share

    @Test
    void aShareOfTheCuratedEsaSampleIsNotComputable() {
        JsonNode r = check("""
                {"text": "80 % of ESA's projects are international", "kind": "share",
                 "subject": {"population": "esa-registry-sample"}, "comparator": ">", "statedValue": 0.8}""");
        assertThat(r.path("verdict").asString()).isEqualTo("not computable");
        // population_members.csv lists the registry's projects led or joined by ESA under esa-registry-sample
        JsonNode sample = null;
        for (JsonNode p : read("/api/claims/populations").values()) {
            if (p.path("id").asString().equals("esa-registry-sample")) {
                sample = p;
            }
        }
        assertThat(sample).isNotNull();
        assertThat(sample.path("complete").asBoolean()).isFalse();
        assertThat(r.path("reason").asString()).contains(sample.path("projectIds").size()
                + " projects in 'Projects led or joined by ESA in the registry'", "curated sample");
        assertThat(r.path("computed").isNull()).isTrue();
    }

    @Test
    void aShareOverACompletePopulationIsComputedFromItsMembers() {
        population("claim-test-complete", "claim-test-joint", "claim-test-joint-2", "claim-test-solo");
        JsonNode over = check("""
                {"text": "Over 80 % are international", "kind": "share",
                 "subject": {"population": "claim-test-complete", "property": "international"},
                 "comparator": ">", "statedValue": 0.8}""");
        assertThat(over.path("verdict").asString()).isEqualTo("contradicted");
        assertThat(over.path("computed").asDouble()).isCloseTo(2.0 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(evidence(over, "id")).containsExactlyInAnyOrder("claim-test-complete", "claim-test-joint",
                "claim-test-joint-2", "claim-test-solo");
        JsonNode atLeast = check("""
                {"text": "At least 60 % are international", "kind": "share",
                 "subject": {"population": "claim-test-complete"}, "comparator": ">=", "statedValue": 0.6}""");
        assertThat(atLeast.path("verdict").asString()).isEqualTo("supported");
    }

    // ---- date

    @Test
    void juiceLaunchedIn2023NotIn2022AndItsDayIsNotInTheRegistry() {
        JsonNode in2023 = check("""
                {"text": "Juice launched in 2023", "kind": "date",
                 "subject": {"project": "juice", "event": "launch", "year": 2023}}""");
        assertThat(in2023.path("verdict").asString()).isEqualTo("supported");
        assertThat(evidence(in2023, "url")).containsExactly("/projects/juice");
        JsonNode in2022 = check("""
                {"text": "Juice launched in 2022", "kind": "date",
                 "subject": {"project": "juice", "event": "launch", "year": 2022}}""");
        assertThat(in2022.path("verdict").asString()).isEqualTo("contradicted");
        assertThat(in2022.path("computedText").asString()).isEqualTo("launched in 2023");
        JsonNode onADay = check("""
                {"text": "Juice launched on 14 April 2023", "kind": "date",
                 "subject": {"project": "juice", "event": "launch", "on": "2023-04-14"}}""");
        assertThat(onADay.path("verdict").asString()).isEqualTo("not computable");
        JsonNode iga = check("""
                {"text": "The IGA was signed on 29 January 1998", "kind": "date",
                 "subject": {"agreement": "iss-iga", "event": "signature", "on": "1998-01-29"}}""");
        assertThat(iga.path("verdict").asString()).isEqualTo("supported");
    }

    // ---- external

    @Test
    void iauFiguresAreCheckedAgainstTheSourcedReferenceFigures() {
        JsonNode close = check("""
                {"text": "The IAU has about 12,600 members", "kind": "external",
                 "subject": {"figure": "iau-individual-members"}, "comparator": "≈", "statedValue": 12600,
                 "tolerance": 100}""");
        assertThat(close.path("verdict").asString()).isEqualTo("supported");
        assertThat(close.path("computed").asLong()).isEqualTo(12627);
        assertThat(evidence(close, "sourceUrl")).contains("https://www.iau.org/public/themes/member_statistics/",
                "https://iau.org/administration/membership/individual/distribution/");
        assertThat(check("""
                {"text": "The IAU has 30,000 members", "kind": "external",
                 "subject": {"figure": "iau-individual-members"}, "statedValue": 30000}""")
                .path("verdict").asString()).isEqualTo("contradicted");
        assertThat(check("""
                {"text": "The UN has 193 members", "kind": "external", "subject": {"figure": "un-members"},
                 "statedValue": 193}""").path("verdict").asString()).isEqualTo("not computable");
    }

    // ---- the article's statistics, shipped with the dataset

    @Test
    void theArticlesThreeStatisticsAreShippedWithTheirVerdicts() {
        JsonNode all = read("/api/claims");
        JsonNode accords = byText(all, ARTICLE_ACCORDS);
        assertThat(accords.path("verdict").asString()).isEqualTo("contradicted");
        assertThat(accords.path("computedText").asString()).contains("RU: not a party");
        assertThat(accords.path("sourced").asBoolean()).isTrue();
        assertThat(accords.path("claim").path("sourceName").asString())
                .contains("International Collaboration on Space Exploration Projects");
        JsonNode iau = byText(all, ARTICLE_IAU);
        assertThat(iau.path("verdict").asString()).isEqualTo("imprecise");
        assertThat(iau.path("caveats").toString()).contains("10014–13701 members");
        JsonNode esa = byText(all, ARTICLE_ESA);
        assertThat(esa.path("kind").asString()).isEqualTo("share");
        assertThat(esa.path("caveats").get(0).asString()).contains("does not say which of ESA's projects");
        // over the shipped population (ESA's own list of its science missions) the share is computed: every member is
        // in the registry, so the verdict is a comparison, with one evidence row per member and the population's row
        // counted by hand from the shipped rows (missions.csv, partners besides the lead): 19 of the 23 missions are
        // international — all but ISO, SMART-1, Venus Express and Gaia — so over 80 % holds
        assertThat(esa.path("computed").asDouble()).isCloseTo(19.0 / 23, within(1e-9));
        assertThat(esa.path("verdict").asString()).isEqualTo("supported");
        assertThat(esa.path("evidence").get(0).path("id").asString()).isEqualTo("esa-science-1990-2025");
        assertThat(esa.path("evidence").size()).isGreaterThan(20);
        // the same claim over fixture members, to check the verdict by hand: 2 of 3 international

        population("esa-science-1990-2025", "claim-test-joint", "claim-test-joint-2", "claim-test-solo");
        JsonNode checked = Json.body(post("/api/claims/" + esa.path("claim").path("id").asLong() + "/check", ""));
        assertThat(checked.path("verdict").asString()).isEqualTo("contradicted");
        assertThat(checked.path("computed").asDouble()).isLessThan(0.8);
        for (String text : List.of("Japan signed the Artemis Accords on 13 October 2020.",
                "Eight countries signed the Artemis Accords on 13 October 2020, the day they were first signed.",
                "Five space agencies are partners in the International Space Station: NASA, Roscosmos, ESA, JAXA and CSA.",
                "Canada signed the Space Station Intergovernmental Agreement on 29 January 1998.",
                "ESA's Jupiter Icy Moons Explorer (Juice) was launched in 2023.")) {
            JsonNode shipped = byText(all, text);
            assertThat(shipped.path("verdict").asString()).as(text).isEqualTo("supported");
            assertThat(shipped.path("claim").path("sourceUrl").asString()).as(text).matches("https?://.*");
        }
    }

    // ---- storing, unsourced, stateless, bad input

    @Test
    void aClaimWithoutASourceIsRecordedMarkedUnsourcedAndChecked() {
        MvcTestResult created = post("/api/claims", """
                {"text": "Juice launched in 2023", "kind": "date", "sourceUrl": null,
                 "subject": {"project": "juice", "event": "launch", "year": 2023}}""");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode stored = Json.body(created);
        assertThat(stored.path("sourced").asBoolean()).isFalse();
        JsonNode r = Json.body(post("/api/claims/" + stored.path("id").asLong() + "/check", ""));
        assertThat(r.path("verdict").asString()).isEqualTo("supported");
        assertThat(r.path("sourced").asBoolean()).isFalse();
        assertThat(r.path("caveats").toString()).contains("cites no source");
    }

    @Test
    void theStatelessCheckIsOpenToAnonymousReadersAndStoresNothing() {
        long before = claims();
        MvcTestResult result = as(Users.nobody()).post("/api/claims/check", """
                {"text": "Japan signed", "kind": "signature", "subject": {"agreement": "artemis-accords", "country": "JP"}}""");
        assertThat(result).hasStatusOk();
        assertThat(Json.body(result).path("verdict").asString()).isEqualTo("supported");
        assertThat(Json.body(result).path("claim").isNull()).isTrue();
        assertThat(claims()).isEqualTo(before);
    }

    @Test
    void badClaimsAre400sNamingTheFieldAndNothingIsStored() {
        long before = claims();
        assertInvalid(post("/api/claims", """
                {"text": "x", "kind": "rumour", "subject": {}}"""), "kind");
        assertInvalid(post("/api/claims/check", """
                {"text": "x", "kind": "signature", "subject": {"country": "JP"}}"""), "subject.agreement");
        assertInvalid(post("/api/claims", """
                {"text": "x", "kind": "signature",
                 "subject": {"agreement": "artemis-accords", "country": "JP", "year": 2020, "on": "2020-10-13"}}"""),
                "subject.on");
        assertInvalid(post("/api/claims", """
                {"text": "x", "kind": "count", "subject": {"of": "projects", "colour": "red"}}"""),
                "subject.colour", "statedValue");
        assertInvalid(post("/api/claims", """
                {"text": "", "kind": "share", "subject": {"population": "p"}, "statedValue": 80,
                 "sourceUrl": "not a url"}"""), "text", "sourceUrl");
        assertInvalid(post("/api/claims/check", """
                {"text": "x", "kind": "share", "subject": {"population": "p"}, "statedValue": 80}"""), "statedValue");
        assertThat(claims()).isEqualTo(before);
        assertProblem(post("/api/claims/999999/check", ""), HttpStatus.NOT_FOUND);
    }

    @Test
    void anUpdateWithAStaleVersionIsA409AndADeleteRemovesTheClaim() {
        String body = """
                {"text": "Projects", "kind": "count", "subject": {"of": "projects"}, "comparator": ">=",
                 "statedValue": %d, "sourceUrl": "https://example.org/claim"%s}""";
        MvcTestResult created = post("/api/claims", body.formatted(40, ""));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        long id = Json.body(created).path("id").asLong();
        assertThat(put("/api/claims/" + id, body.formatted(45, ", \"version\": 0"))).hasStatusOk();
        assertProblem(put("/api/claims/" + id, body.formatted(45, ", \"version\": 0")), HttpStatus.CONFLICT);
        assertThat(delete("/api/claims/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/claims/" + id), HttpStatus.NOT_FOUND);
    }

    // ---- helpers

    private JsonNode check(String json) {
        MvcTestResult result = post("/api/claims/check", json);
        assertThat(result).hasStatusOk();
        return Json.body(result);
    }

    private long claims() {
        return jdbc.queryForObject("select count(*) from claim", Long.class);
    }

    private static List<String> evidence(JsonNode result, String field) {
        List<String> values = new ArrayList<>();
        result.path("evidence").values().forEach(e -> values.add(e.path(field).asString()));
        return values;
    }

    private static JsonNode byText(JsonNode results, String text) {
        for (JsonNode r : results.values()) {
            if (r.path("text").asString().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no shipped claim '" + text + "' in " + results);
    }

    /**
     * Replaces (in this test's transaction) the population with a complete one of fixture projects: two ESA-led ones
     * with NASA taking part (international), one ESA alone (not).
     */
    private void population(String id, String... members) {
        jdbc.update("insert into project (id, name, lead_partner_id, launch_year, status, source_url) values"
                + " ('claim-test-joint', 'Joint', 'esa', 2001, 'completed', 'https://example.org/p'),"
                + " ('claim-test-joint-2', 'Joint 2', 'esa', 2002, 'completed', 'https://example.org/p'),"
                + " ('claim-test-solo', 'Solo', 'esa', 2003, 'completed', 'https://example.org/p')");
        jdbc.update("insert into participation (project_id, partner_id, role, source_url) values"
                + " ('claim-test-joint', 'nasa', 'partner', 'https://example.org/p'),"
                + " ('claim-test-joint-2', 'jaxa', 'contributor', 'https://example.org/p')");
        jdbc.update("delete from population where id = ?", id);
        jdbc.update("insert into population (id, name, definition, complete, source_url) values (?, ?, ?, true, ?)",
                id, "Fixture " + id, "the fixture projects", "https://example.org/population");
        for (String m : members) {
            jdbc.update("insert into population_member (population_id, project_id, source_url) values (?, ?, ?)",
                    id, m, "https://example.org/member");
        }
    }
}
