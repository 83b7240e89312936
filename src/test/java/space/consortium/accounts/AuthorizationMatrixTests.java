package space.consortium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;

/**
 * Every write endpoint and page form × every role: who may, who may not. The owning partner is NASA, the other
 * partner ESA, the project the ISS. Denied means 401 (API) or a redirect to the sign-in page (form) for an anonymous
 * visitor, and 403 for a signed-in user; allowed means the change went through (2xx, or a redirect back to the page
 * for a form). Each (case, role) runs in its own rolled-back transaction.
 */
class AuthorizationMatrixTests extends ApiContract {

    enum Role {
        ANONYMOUS, OBSERVER, OWNER_MEMBER, OTHER_MEMBER, COORDINATOR, ADMIN;

        RequestPostProcessor user() {
            return switch (this) {
                case ANONYMOUS -> Users.nobody();
                case OBSERVER -> Users.observer();
                case OWNER_MEMBER -> Users.member("nasa");
                case OTHER_MEMBER -> Users.member("esa");
                case COORDINATOR -> Users.coordinator("iss");
                case ADMIN -> Users.admin();
            };
        }
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> OWNER = EnumSet.of(Role.OWNER_MEMBER, Role.ADMIN);
    private static final Set<Role> COORDINATOR = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> OWNER_OR_COORDINATOR = EnumSet.of(Role.OWNER_MEMBER, Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> CONTRIBUTORS = EnumSet.of(Role.OWNER_MEMBER, Role.OTHER_MEMBER, Role.COORDINATOR,
            Role.ADMIN);

    private static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));

    private static final String PARTICIPATION = """
            {"projectId": "iss", "partnerId": "cnes", "role": "contributor", "sourceUrl": "https://example.org/p"}""";
    private static final String SHARE_TABLE = """
            {"projectId": "iss", "name": "Matrix split", "entries": [{"partnerId": "nasa", "percent": 60},
             {"partnerId": "esa", "percent": 40}], "sourceUrl": "https://example.org/shares"}""";
    private static final String AGREEMENT = """
            {"id": "matrix-mou", "kind": "MOU", "title": "Matrix MOU", "projectId": "iss",
             "sourceUrl": "https://example.org/mou"}""";
    private static final String CREDIT = """
            {"partnerId": "nasa", "description": "Matrix delivery", "value": {"amount": 1000, "currency": "USD", "priceYear": 2024}}""";
    private static final String CLAIM = """
            {"text": "Matrix claim", "kind": "count", "subject": {"of": "agreement-parties", "agreement": "artemis-accords"},
             "comparator": ">=", "statedValue": 1, "sourceUrl": "https://example.org/claim", "tolerance": 0}""";
    private static final String RISK = """
            {"title": "Matrix risk", "condition": "c", "consequence": "q", "ownerPartnerId": "nasa",
             "domain": "safety", "likelihood": 3, "consequenceLevel": 3, "disposition": "mitigate"}""";
    private static final String CAPABILITY = """
            {"id": "matrix-drive", "name": "Matrix drive", "group": "in-space", "unitCostUsdMillions": 80}""";
    private static final String PROPOSAL = """
            {"projectId": "iss", "mission": {"requirements": [{"capability": "robotic-arm", "minMaturity": 9}],
             "partners": [{"id": "csa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 120}]}]}}""";
    private static final String SCHEDULE = """
            {"plan": {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 3}}]}}""";
    private static final String FLEET = """
            {"name": "one vehicle", "consumptionKgPerDay": 100, "initialReserveKg": 6000, "reserveThresholdDays": 45,
             "horizonDays": 100, "trials": 200, "seed": 5, "families": [{"id": "rocket", "lossProbability": 0}],
             "vehicles": [{"id": "cargo", "partner": "esa", "family": "rocket", "cadenceDays": 30,
                           "firstFlightDay": 10, "capacityKg": 3000}]}""";
    private static final String RELAY_PLAN = """
            {"start": "2026-01-01T00:00:00Z", "end": "2026-01-02T00:00:00Z", "minElevationDeg": 10,
             "propagator": "numerical-j2",
             "orbiters": [{"id": "mro", "owner": "nasa", "elements": {"aKm": 3683.7, "e": 0.009, "iDeg": 92.65,
               "raanDeg": 0, "argPeriapsisDeg": 0, "meanAnomalyDeg": 0, "epoch": "2026-01-01T00:00:00Z",
               "kind": "osculating"}, "radio": "electra"}],
             "landers": [{"id": "curiosity", "owner": "nasa", "latDeg": -4.5895, "lonDeg": 137.4417, "altKm": -4.5,
               "demandMbitPerSol": 500}]}""";
    private static final String RELAY_ASSET = """
            {"id": "matrix-orbiter", "name": "Matrix orbiter", "kind": "orbiter", "owner": "nasa",
             "elements": {"aKm": 3796.19, "e": 0, "iDeg": 90, "epoch": "2026-01-01T00:00:00Z"}, "radio": "electra",
             "sourceUrl": "https://example.org/orbiter"}""";
    private static final byte[] MPXJ_FILE = space.consortium.schedule.MpxjFixtures.mspdi(
            space.consortium.schedule.MpxjFixtures.project());

    /** One row of the matrix: what is sent, whether it is a page form, and who may send it. */
    record Case(String endpoint, String name, boolean form, Set<Role> allowed,
                BiFunction<AuthorizationMatrixTests, Role, MvcTestResult> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // partners
        cases.add(api("PUT /api/partners/{id}", "PUT /api/partners/nasa", OWNER, (t, r) -> t.as(r.user()).put("/api/partners/nasa", t.partnerBody())));
        cases.add(api("POST /api/partners", "POST /api/partners", ADMIN, (t, r) -> t.as(r.user()).post("/api/partners", """
                {"id": "matrix-agency", "name": "Matrix Agency", "kind": "other", "sourceUrl": "https://example.org/m"}""")));
        cases.add(api("DELETE /api/partners/{id}", "DELETE /api/partners/{new}", ADMIN, (t, r) -> {
            t.post("/api/partners", """
                    {"id": "matrix-agency", "name": "Matrix Agency", "kind": "other", "sourceUrl": "https://example.org/m"}""");
            return t.as(r.user()).delete("/api/partners/matrix-agency");
        }));
        // projects
        cases.add(api("PUT /api/projects/{id}", "PUT /api/projects/iss", COORDINATOR, (t, r) -> t.as(r.user()).put("/api/projects/iss", t.projectBody())));
        cases.add(api("POST /api/projects", "POST /api/projects", ADMIN, (t, r) -> t.as(r.user()).post("/api/projects", """
                {"id": "matrix-mission", "name": "Matrix mission", "leadPartnerId": "nasa", "sourceUrl": "https://example.org/m"}""")));
        cases.add(api("DELETE /api/projects/{id}", "DELETE /api/projects/{new}", ADMIN, (t, r) -> {
            t.post("/api/projects", """
                    {"id": "matrix-mission", "name": "Matrix mission", "leadPartnerId": "nasa", "sourceUrl": "https://example.org/m"}""");
            return t.as(r.user()).delete("/api/projects/matrix-mission");
        }));
        // contributions: NASA's on the ISS
        cases.add(api("PUT /api/contributions/{id}", "PUT /api/contributions/{nasa on iss}", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).put("/api/contributions/" + t.nasaContribution().path("id").asLong(),
                        t.contributionBody(t.nasaContribution().path("version").asLong()))));
        cases.add(api("POST /api/contributions", "POST /api/contributions (nasa, iss)", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).post("/api/contributions", t.newContributionBody())));
        cases.add(api("DELETE /api/contributions/{id}", "DELETE /api/contributions/{nasa on iss}", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).delete("/api/contributions/" + t.nasaContribution().path("id").asLong())));
        // participations and share tables: the coordinators'
        cases.add(api("POST /api/participations", "POST /api/participations (iss)", COORDINATOR, (t, r) -> t.as(r.user()).post("/api/participations", """
                {"projectId": "iss", "partnerId": "cnes", "role": "contributor", "sourceUrl": "https://example.org/p"}""")));
        cases.add(api("POST /api/share-tables", "POST /api/share-tables (iss)", COORDINATOR, (t, r) -> t.as(r.user()).post("/api/share-tables", """
                {"projectId": "iss", "name": "Matrix split", "entries": [{"partnerId": "nasa", "percent": 60},
                 {"partnerId": "esa", "percent": 40}], "sourceUrl": "https://example.org/shares"}""")));
        // agreements: of a project (coordinators), without a project (admins)
        cases.add(api("POST /api/agreements", "POST /api/agreements (governing iss)", COORDINATOR, (t, r) -> t.as(r.user()).post("/api/agreements", """
                {"id": "matrix-mou", "kind": "MOU", "title": "Matrix MOU", "projectId": "iss",
                 "sourceUrl": "https://example.org/mou"}""")));
        cases.add(api("POST /api/agreements", "POST /api/agreements (no project)", ADMIN, (t, r) -> t.as(r.user()).post("/api/agreements", """
                {"id": "matrix-mou", "kind": "MOU", "title": "Matrix MOU", "sourceUrl": "https://example.org/mou"}""")));
        // ledger credits and reference tables
        cases.add(api("POST /api/projects/{projectId}/ledger/credits", "POST /api/projects/iss/ledger/credits (nasa)", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).post("/api/projects/iss/ledger/credits", """
                        {"partnerId": "nasa", "description": "Matrix delivery", "value": {"amount": 1000, "currency": "USD",
                         "priceYear": 2024}}""")));
        cases.add(api("PUT /api/exchange-rates/{currency}/{year}", "PUT /api/exchange-rates/EUR/1901", ADMIN, (t, r) -> t.as(r.user()).put("/api/exchange-rates/EUR/1901", """
                {"rate": 1.1, "quote": "usd_per_unit", "sourceUrl": "https://example.org/rates"}""")));
        // claims: anyone who is more than an observer
        cases.add(api("POST /api/claims", "POST /api/claims", CONTRIBUTORS, (t, r) -> t.as(r.user()).post("/api/claims",
                CLAIM)));
        cases.add(api("POST /api/claims/check", "POST /api/claims/check (computation, nothing stored)", EVERYONE,
                (t, r) -> t.as(r.user()).post("/api/claims/check", CLAIM)));
        // risk register (owner partner or coordinators) and its matrix (coordinators)
        cases.add(api("POST /api/projects/{projectId}/risks", "POST /api/projects/iss/risks (owned by nasa)", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).post("/api/projects/iss/risks", """
                        {"title": "Matrix risk", "condition": "c", "consequence": "q", "ownerPartnerId": "nasa",
                         "domain": "safety", "likelihood": 3, "consequenceLevel": 3, "disposition": "mitigate"}""")));
        cases.add(api("PUT /api/projects/{projectId}/risk-matrix", "PUT /api/projects/iss/risk-matrix", COORDINATOR, (t, r) -> t.as(r.user())
                .put("/api/projects/iss/risk-matrix", """
                        {"scaleId": "ecss", "version": 0}""")));
        cases.add(form("form: add a risk owned by NASA", OWNER_OR_COORDINATOR, (t, r) -> t.mvc.post()
                .uri("/projects/iss/risks/new").with(r.user()).param("title", "Matrix risk").param("condition", "c")
                .param("consequence", "q").param("ownerPartnerId", "nasa").param("domain", "safety")
                .param("likelihood", "3").param("consequenceLevel", "3").param("disposition", "mitigate").exchange()));
        // teaming catalogue: capabilities (admins), a partner's offers (its members)
        cases.add(api("POST /api/teaming/capabilities", "POST /api/teaming/capabilities", ADMIN, (t, r) -> t.as(r.user()).post("/api/teaming/capabilities", """
                {"id": "matrix-drive", "name": "Matrix drive", "group": "in-space", "unitCostUsdMillions": 80}""")));
        cases.add(api("POST /api/teaming/partner-capabilities", "POST /api/teaming/partner-capabilities (nasa)", OWNER, (t, r) -> t.as(r.user())
                .post("/api/teaming/partner-capabilities", """
                        {"partnerId": "nasa", "capabilityId": "matrix-free", "maturity": "6",
                         "sourceUrl": "https://example.org/cap"}""".replace("matrix-free", t.capabilityNasaLacks()))));
        // a project's schedule and the coalitions proposed for it: its coordinators
        cases.add(api("PUT /api/projects/{projectId}/schedule", "PUT /api/projects/iss/schedule", COORDINATOR, (t, r) -> t.as(r.user()).put("/api/projects/iss/schedule", """
                {"plan": {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 3}}]}}""")));
        cases.add(api("POST /api/teaming/proposals", "POST /api/teaming/proposals (iss)", COORDINATOR, (t, r) -> t.as(r.user()).post("/api/teaming/proposals", """
                {"projectId": "iss", "mission": {"requirements": [{"capability": "robotic-arm", "minMaturity": 9}],
                 "partners": [{"id": "csa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 120}]}]}}""")));
        // pure computations: open to all
        cases.add(api("POST /api/allocations", "POST /api/allocations (computation)", EVERYONE, (t, r) -> t.as(r.user()).post("/api/allocations", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 1, "a+b": 1.5}}""")));
        cases.add(api("POST /api/fleet/simulate", "POST /api/fleet/simulate (computation)", EVERYONE,
                (t, r) -> t.as(r.user()).post("/api/fleet/simulate", FLEET)));
        // the same computations as files (CSV or a spreadsheet): open to all, like the JSON answers
        cases.add(api("POST /api/allocations?format", "POST /api/allocations?format=csv (computation)", EVERYONE,
                (t, r) -> t.as(r.user()).post("/api/allocations?format=csv", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 1, "a+b": 1.5}}""")));
        cases.add(api("POST /api/fleet/simulate?format", "POST /api/fleet/simulate?format=xlsx (computation)", EVERYONE,
                (t, r) -> t.as(r.user()).post("/api/fleet/simulate?format=xlsx", FLEET)));
        cases.add(api("POST /api/jcl?format", "POST /api/jcl?format=csv (computation)", EVERYONE,
                (t, r) -> t.as(r.user()).post("/api/jcl?format=csv", """
                {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 3}}]}""")));
        cases.add(api("POST /api/relay/plan?format", "POST /api/relay/plan?format=csv (computation)", EVERYONE,
                (t, r) -> t.as(r.user()).post("/api/relay/plan?format=csv", RELAY_PLAN)));
        // every other write path of the API (everyApiWritePathHasARow keeps this list complete)
        cases.add(api("PUT /api/participations/{id}", "PUT /api/participations/{cnes on iss}", COORDINATOR,
                (t, r) -> t.as(r.user()).put("/api/participations/" + t.created("/api/participations", PARTICIPATION),
                        PARTICIPATION.replace("contributor", "partner").replace("}", ", \"version\": 0}"))));
        cases.add(api("DELETE /api/participations/{id}", "DELETE /api/participations/{cnes on iss}", COORDINATOR,
                (t, r) -> t.as(r.user()).delete("/api/participations/" + t.created("/api/participations", PARTICIPATION))));
        cases.add(api("PUT /api/share-tables/{id}", "PUT /api/share-tables/{iss}", COORDINATOR,
                (t, r) -> t.as(r.user()).put("/api/share-tables/" + t.created("/api/share-tables", SHARE_TABLE),
                        SHARE_TABLE.replace("Matrix split", "Matrix split 2").replace("\"sourceUrl\"", "\"version\": 0, \"sourceUrl\""))));
        cases.add(api("DELETE /api/share-tables/{id}", "DELETE /api/share-tables/{iss}", COORDINATOR,
                (t, r) -> t.as(r.user()).delete("/api/share-tables/" + t.created("/api/share-tables", SHARE_TABLE))));
        cases.add(api("PUT /api/agreements/{id}", "PUT /api/agreements/{governing iss}", COORDINATOR, (t, r) -> {
            t.created("/api/agreements", AGREEMENT);
            return t.as(r.user()).put("/api/agreements/matrix-mou", AGREEMENT.replace("Matrix MOU", "Matrix MOU 2")
                    .replace("\"sourceUrl\"", "\"version\": 0, \"sourceUrl\""));
        }));
        cases.add(api("DELETE /api/agreements/{id}", "DELETE /api/agreements/{governing iss}", COORDINATOR, (t, r) -> {
            t.created("/api/agreements", AGREEMENT);
            return t.as(r.user()).delete("/api/agreements/matrix-mou");
        }));
        cases.add(api("PUT /api/projects/{projectId}/ledger/credits/{creditId}", "PUT a ledger credit of NASA",
                OWNER_OR_COORDINATOR, (t, r) -> t.as(r.user()).put("/api/projects/iss/ledger/credits/"
                        + t.created("/api/projects/iss/ledger/credits", CREDIT),
                        CREDIT.replace("Matrix delivery", "Matrix delivery 2").replace("}}", "}, \"version\": 0}"))));
        cases.add(api("DELETE /api/projects/{projectId}/ledger/credits/{creditId}", "DELETE a ledger credit of NASA",
                OWNER_OR_COORDINATOR, (t, r) -> t.as(r.user()).delete("/api/projects/iss/ledger/credits/"
                        + t.created("/api/projects/iss/ledger/credits", CREDIT))));
        cases.add(api("PUT /api/price-index/{year}", "PUT /api/price-index/1901", ADMIN, (t, r) -> t.as(r.user())
                .put("/api/price-index/1901", """
                        {"value": 9.5, "sourceUrl": "https://example.org/cpi"}""")));
        cases.add(api("DELETE /api/exchange-rates/{currency}/{year}", "DELETE /api/exchange-rates/EUR/2023", ADMIN,
                (t, r) -> t.as(r.user()).delete("/api/exchange-rates/EUR/2023")));
        cases.add(api("DELETE /api/price-index/{year}", "DELETE /api/price-index/2023", ADMIN,
                (t, r) -> t.as(r.user()).delete("/api/price-index/2023")));
        // claims: recorded by a member of NASA, so theirs (and the admins') to change; checking is open to all
        cases.add(api("PUT /api/claims/{id}", "PUT a claim recorded by a NASA member", OWNER, (t, r) -> t.as(r.user())
                .put("/api/claims/" + t.nasaClaim(), CLAIM.replace("Matrix claim", "Matrix claim 2")
                        .replace("\"tolerance\": 0}", "\"tolerance\": 0, \"version\": 0}"))));
        cases.add(api("DELETE /api/claims/{id}", "DELETE a claim recorded by a NASA member", OWNER,
                (t, r) -> t.as(r.user()).delete("/api/claims/" + t.nasaClaim())));
        cases.add(api("POST /api/claims/{id}/check", "POST /api/claims/{id}/check (computation)", EVERYONE,
                (t, r) -> t.as(r.user()).post("/api/claims/" + t.nasaClaim() + "/check", "")));
        cases.add(api("PUT /api/projects/{projectId}/risks/{id}", "PUT a risk owned by NASA", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).put("/api/projects/iss/risks/" + t.created("/api/projects/iss/risks", RISK),
                        RISK.replace("\"likelihood\": 3", "\"likelihood\": 2").replace("}", ", \"version\": 0}"))));
        cases.add(api("DELETE /api/projects/{projectId}/risks/{id}", "DELETE a risk owned by NASA", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).delete("/api/projects/iss/risks/" + t.created("/api/projects/iss/risks", RISK))));
        cases.add(api("PUT /api/teaming/capabilities/{id}", "PUT a capability", ADMIN, (t, r) -> {
            t.created("/api/teaming/capabilities", CAPABILITY);
            return t.as(r.user()).put("/api/teaming/capabilities/matrix-drive", CAPABILITY
                    .replace("Matrix drive", "Matrix drive 2").replace("}", ", \"version\": 0}"));
        }));
        cases.add(api("DELETE /api/teaming/capabilities/{id}", "DELETE a capability", ADMIN, (t, r) -> {
            t.created("/api/teaming/capabilities", CAPABILITY);
            return t.as(r.user()).delete("/api/teaming/capabilities/matrix-drive");
        }));
        cases.add(api("PUT /api/teaming/partner-capabilities/{id}", "PUT an offer of NASA", OWNER, (t, r) -> {
            String offer = t.nasaOffer();
            return t.as(r.user()).put("/api/teaming/partner-capabilities/" + t.created("/api/teaming/partner-capabilities",
                    offer), offer.replace("\"6\"", "\"7\"").replace("}", ", \"version\": 0}"));
        }));
        cases.add(api("DELETE /api/teaming/partner-capabilities/{id}", "DELETE an offer of NASA", OWNER,
                (t, r) -> t.as(r.user()).delete("/api/teaming/partner-capabilities/"
                        + t.created("/api/teaming/partner-capabilities", t.nasaOffer()))));
        cases.add(api("PUT /api/teaming/policies/{id}", "PUT a teaming policy", ADMIN, (t, r) -> {
            JsonNode policy = t.read("/api/teaming/policies").get(0);
            return t.as(r.user()).put("/api/teaming/policies/" + policy.path("id").asString(), """
                    {"enabled": %s, "version": %d}""".formatted(!policy.path("enabled").asBoolean(),
                    policy.path("version").asLong()));
        }));
        cases.add(api("DELETE /api/teaming/proposals/{id}", "DELETE a proposal for the ISS", COORDINATOR,
                (t, r) -> t.as(r.user()).delete("/api/teaming/proposals/" + t.created("/api/teaming/proposals", PROPOSAL))));
        // the project's schedule: its coordinators; runs: contributors; converting a file: any signed-in user
        cases.add(api("DELETE /api/projects/{projectId}/schedule", "DELETE the ISS schedule", COORDINATOR, (t, r) -> {
            t.put("/api/projects/iss/schedule", SCHEDULE);
            return t.as(r.user()).delete("/api/projects/iss/schedule");
        }));
        cases.add(api("POST /api/projects/{projectId}/schedule/runs", "POST a run of the ISS schedule", CONTRIBUTORS,
                (t, r) -> {
                    t.put("/api/projects/iss/schedule", SCHEDULE);
                    return t.as(r.user()).post("/api/projects/iss/schedule/runs?trials=200&seed=1", "");
                }));
        cases.add(api("POST /api/projects/{projectId}/schedule/register-risks", "POST register risks into the ISS plan",
                COORDINATOR, (t, r) -> {
                    t.put("/api/projects/iss/schedule", SCHEDULE);
                    return t.as(r.user()).post("/api/projects/iss/schedule/register-risks?version=0", "");
                }));
        cases.add(api("POST /api/projects/{projectId}/schedule/import", "POST an MS Project file as the ISS schedule",
                COORDINATOR, (t, r) -> t.mvc.post().uri("/api/projects/iss/schedule/import").multipart()
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "plan.xml", "application/xml", MPXJ_FILE)).with(r.user()).accept(MediaType.APPLICATION_JSON).exchange()));
        cases.add(api("POST /api/projects/{projectId}/schedule/import?preview=true", "POST an MS Project file to preview",
                SIGNED_IN, (t, r) -> t.mvc.post().uri("/api/projects/iss/schedule/import?preview=true").multipart()
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "plan.xml", "application/xml", MPXJ_FILE)).with(r.user()).accept(MediaType.APPLICATION_JSON).exchange()));
        // the other pure computations: open to all
        cases.add(api("POST /api/fleet/compare", "POST /api/fleet/compare (computation)", EVERYONE,
                (t, r) -> t.as(r.user()).post("/api/fleet/compare", "{\"fleets\": [" + FLEET + ", " + FLEET + "]}")));
        cases.add(api("POST /api/jcl", "POST /api/jcl (computation)", EVERYONE, (t, r) -> t.as(r.user()).post("/api/jcl", """
                {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 3}}]}""")));
        // a persisted job holds server resources beyond the request: contributors (write authority), like a stored run
        cases.add(api("POST /api/jobs/jcl", "POST a JCL job", CONTRIBUTORS, (t, r) -> t.as(r.user()).post("/api/jobs/jcl", """
                {"plan": {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 3}}]}, "trials": 100}""")));
        cases.add(api("POST /api/jobs/relay", "POST a relay plan job", CONTRIBUTORS, (t, r) -> t.as(r.user())
                .post("/api/jobs/relay", RELAY_PLAN)));
        cases.add(api("POST /api/jobs/fleet", "POST a fleet simulation job", CONTRIBUTORS, (t, r) -> t.as(r.user())
                .post("/api/jobs/fleet", FLEET)));
        cases.add(api("POST /api/relay/plan", "POST /api/relay/plan (computation)", EVERYONE, (t, r) -> t.as(r.user())
                .post("/api/relay/plan", RELAY_PLAN)));
        cases.add(api("POST /api/teaming/solve", "POST /api/teaming/solve (computation)", EVERYONE, (t, r) -> t.as(r.user())
                .post("/api/teaming/solve", """
                        {"requirements": [{"capability": "robotic-arm", "minMaturity": 9}],
                         "partners": [{"id": "csa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 120}]}]}""")));
        // relay assets: administrators, and members of the owning partner (NASA owns MRO)
        cases.add(api("POST /api/relay-assets", "POST /api/relay-assets (owned by nasa)", OWNER,
                (t, r) -> t.as(r.user()).post("/api/relay-assets", RELAY_ASSET)));
        cases.add(api("PUT /api/relay-assets/{id}", "PUT /api/relay-assets/mro", OWNER, (t, r) -> {
            tools.jackson.databind.node.ObjectNode mro = (tools.jackson.databind.node.ObjectNode) t.read(
                    "/api/relay-assets/mro");
            return t.as(r.user()).put("/api/relay-assets/mro", mro.put("name", "MRO (matrix)").toString());
        }));
        cases.add(api("DELETE /api/relay-assets/{id}", "DELETE a relay asset of NASA", OWNER,
                (t, r) -> t.as(r.user()).delete("/api/relay-assets/" + t.created("/api/relay-assets", RELAY_ASSET))));
        cases.add(form("form: add a relay asset for NASA", OWNER, (t, r) -> t.mvc.post().uri("/relay/assets/new")
                .with(r.user()).param("id", "matrix-lander").param("name", "Matrix lander").param("kind", "lander")
                .param("owner", "nasa").param("status", "active").param("latDeg", "1").param("lonDeg", "2")
                .param("sourceUrl", "https://example.org/l").exchange()));
        cases.add(form("form: edit NASA's relay asset", OWNER, (t, r) -> t.mvc.post().uri("/relay/assets/curiosity/edit")
                .with(r.user()).param("name", "Curiosity (matrix)").param("owner", "nasa").param("status", "active")
                .param("latDeg", "-4.5895").param("lonDeg", "137.4417").param("sourceUrl", "https://example.org/c")
                .param("version", t.read("/api/relay-assets/curiosity").path("version").asString()).exchange()));
        // page forms
        cases.add(form("form: edit NASA's contribution", OWNER_OR_COORDINATOR, (t, r) -> t.mvc.post()
                .uri("/projects/iss/contributions/" + t.nasaContribution().path("id").asLong() + "/edit")
                .with(r.user()).param("partnerId", "nasa").param("kind", "hardware").param("element", "Matrix edit")
                .param("currency", "USD").param("sourceUrl", "https://example.org/m")
                .param("version", t.nasaContribution().path("version").asString()).exchange()));
        cases.add(form("form: add a contribution for NASA", OWNER_OR_COORDINATOR, (t, r) -> t.mvc.post()
                .uri("/projects/iss/contributions/new").with(r.user()).param("partnerId", "nasa")
                .param("kind", "hardware").param("element", "Matrix part").param("currency", "USD")
                .param("sourceUrl", "https://example.org/m").exchange()));
        cases.add(form("form: add a ledger credit for NASA", OWNER_OR_COORDINATOR, (t, r) -> t.mvc.post()
                .uri("/projects/iss/cost-sharing/credits/new").with(r.user()).param("partnerId", "nasa")
                .param("description", "Matrix delivery").param("value.amount", "1000000")
                .param("value.currency", "USD").param("value.priceYear", "2024").exchange()));
        cases.add(form("form: delete the EUR rate of 2023", ADMIN, (t, r) -> t.mvc.post()
                .uri("/conversion-tables/exchange-rates/EUR/2023/delete").with(r.user()).exchange()));
        cases.add(form("form: delete the price index of 2023", ADMIN, (t, r) -> t.mvc.post()
                .uri("/conversion-tables/price-index/2023/delete").with(r.user()).exchange()));
        cases.add(form("form: store a claim", CONTRIBUTORS, (t, r) -> t.mvc.post().uri("/insights/claims")
                .with(r.user()).param("text", "Matrix claim").param("kind", "count").param("countOf", "partners")
                .param("comparator", ">=").param("statedValue", "1").param("sourceUrl", "https://example.org/c").exchange()));
        return cases;
    }

    static Stream<Arguments> matrix() {
        return cases().stream().flatMap(c -> Stream.of(Role.values()).map(role -> Arguments.of(c, role)));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every POST, PUT, PATCH and DELETE under /api that the application maps has at least one row above. */
    @Test
    void everyApiWritePathHasARow() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            String params = info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                    .reduce((a, b) -> a + "&" + b).map(p -> "?" + p).orElse("");
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        mapped.add(method + " " + pattern + params);
                    }
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        cases().stream().filter(c -> !c.form()).forEach(c -> covered.add(c.endpoint()));
        assertThat(mapped).as("write endpoints of the API").hasSizeGreaterThan(40);
        assertThat(covered).as("rows for endpoints that are not mapped").isSubsetOf(mapped);
        assertThat(mapped).as("write endpoints without a row in the authorization matrix").isSubsetOf(covered);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleIsAllowedOrDeniedAsTheMatrixSays(Case c, Role role) {
        MvcTestResult result = c.send().apply(this, role);
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        boolean toLogin = location != null && location.contains("/login");
        String body = responseText(result);
        if (c.allowed().contains(role)) {
            assertThat(status).as("%s as %s: %s", c.name(), role, body)
                    .isBetween(200, c.form() ? 399 : 299);
            assertThat(toLogin).as("%s as %s was sent to sign in", c.name(), role).isFalse();
        } else if (role == Role.ANONYMOUS) {
            if (c.form()) {
                assertThat(toLogin).as("%s as anonymous: status %d, location %s", c.name(), status, location).isTrue();
            } else {
                assertThat(status).as("%s as anonymous: %s", c.name(), body).isEqualTo(401);
                assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            }
        } else {
            assertThat(status).as("%s as %s: %s", c.name(), role, body).isEqualTo(403);
        }
    }

    /**
     * A row for an API endpoint: {@code endpoint} is its method and path pattern as mapped (e.g.
     * {@code PUT /api/partners/{id}}), which {@link #everyApiWritePathHasARow} compares with the handler mappings.
     */
    private static Case api(String endpoint, String name, Set<Role> allowed,
                            BiFunction<AuthorizationMatrixTests, Role, MvcTestResult> send) {
        return new Case(endpoint, name, false, allowed, send);
    }

    private static Case form(String name, Set<Role> allowed, BiFunction<AuthorizationMatrixTests, Role, MvcTestResult> send) {
        return new Case("form", name, true, allowed, send);
    }

    private static String responseText(MvcTestResult result) {
        try {
            String text = result.getResponse().getContentAsString();
            return text.length() > 300 ? text.substring(0, 300) : text;
        } catch (java.io.UnsupportedEncodingException e) {
            return "";
        }
    }

    /** POSTs the JSON as an administrator, expects 201 and returns the new record's id. */
    String created(String uri, String json) {
        MvcTestResult result = post(uri, json);
        assertThat(result.getResponse().getStatus()).as("setting up %s: %s", uri, responseText(result)).isEqualTo(201);
        JsonNode body = Json.body(result);
        return (body.isArray() ? body.get(0) : body).path("id").asString(); // a proposal answers with a list
    }

    /** A claim recorded by a member of NASA (not the member of the matrix's roles). */
    String nasaClaim() {
        MvcTestResult result = as(Users.member("nasa")).post("/api/claims", CLAIM);
        assertThat(result.getResponse().getStatus()).as("recording a claim: %s", responseText(result)).isEqualTo(201);
        JsonNode claim = Json.body(result);
        assertThat(claim.path("ownerPartnerId").asString()).isEqualTo("nasa");
        return claim.path("id").asString();
    }

    /** An offer by NASA of a capability it does not offer yet. */
    String nasaOffer() {
        return """
                {"partnerId": "nasa", "capabilityId": "%s", "maturity": "6", "sourceUrl": "https://example.org/cap"}"""
                .formatted(capabilityNasaLacks());
    }

    JsonNode nasaContribution() {
        return read("/api/contributions?project=iss&partner=nasa").path("items").get(0);
    }

    /** A catalogue capability that NASA does not offer yet. */
    String capabilityNasaLacks() {
        java.util.Set<String> offered = new java.util.HashSet<>();
        read("/api/teaming/partner-capabilities?partner=nasa").values()
                .forEach(o -> offered.add(o.path("capabilityId").asString()));
        for (JsonNode c : read("/api/teaming/capabilities").values()) {
            if (!offered.contains(c.path("id").asString())) {
                return c.path("id").asString();
            }
        }
        throw new IllegalStateException("NASA offers every capability");
    }

    String contributionBody(long version) {
        return """
                {"projectId": "iss", "partnerId": "nasa", "kind": "hardware", "element": "Matrix edit",
                 "sourceUrl": "https://example.org/m", "version": %d}""".formatted(version);
    }

    String newContributionBody() {
        return """
                {"projectId": "iss", "partnerId": "nasa", "kind": "hardware", "element": "Matrix part",
                 "sourceUrl": "https://example.org/m"}""";
    }

    String partnerBody() {
        JsonNode nasa = read("/api/partners/nasa");
        return """
                {"name": "National Aeronautics and Space Administration", "kind": "%s", "sourceUrl": "%s",
                 "version": %d}""".formatted(nasa.path("kind").asString(), nasa.path("sourceUrl").asString(),
                nasa.path("version").asLong());
    }

    String projectBody() {
        JsonNode iss = read("/api/projects/iss");
        return """
                {"name": "%s", "leadPartnerId": "%s", "sourceUrl": "%s", "version": %d}""".formatted(
                iss.path("name").asString(), iss.path("leadPartnerId").asString(), iss.path("sourceUrl").asString(),
                iss.path("version").asLong());
    }
}
