package space.consortium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import space.consortium.support.ApiContract;
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

    /** One row of the matrix: what is sent, whether it is a page form, and who may send it. */
    record Case(String name, boolean form, Set<Role> allowed, BiFunction<AuthorizationMatrixTests, Role, MvcTestResult> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // partners
        cases.add(api("PUT /api/partners/nasa", OWNER, (t, r) -> t.as(r.user()).put("/api/partners/nasa", t.partnerBody())));
        cases.add(api("POST /api/partners", ADMIN, (t, r) -> t.as(r.user()).post("/api/partners", """
                {"id": "matrix-agency", "name": "Matrix Agency", "kind": "other", "sourceUrl": "https://example.org/m"}""")));
        cases.add(api("DELETE /api/partners/{new}", ADMIN, (t, r) -> {
            t.post("/api/partners", """
                    {"id": "matrix-agency", "name": "Matrix Agency", "kind": "other", "sourceUrl": "https://example.org/m"}""");
            return t.as(r.user()).delete("/api/partners/matrix-agency");
        }));
        // projects
        cases.add(api("PUT /api/projects/iss", COORDINATOR, (t, r) -> t.as(r.user()).put("/api/projects/iss", t.projectBody())));
        cases.add(api("POST /api/projects", ADMIN, (t, r) -> t.as(r.user()).post("/api/projects", """
                {"id": "matrix-mission", "name": "Matrix mission", "leadPartnerId": "nasa", "sourceUrl": "https://example.org/m"}""")));
        cases.add(api("DELETE /api/projects/{new}", ADMIN, (t, r) -> {
            t.post("/api/projects", """
                    {"id": "matrix-mission", "name": "Matrix mission", "leadPartnerId": "nasa", "sourceUrl": "https://example.org/m"}""");
            return t.as(r.user()).delete("/api/projects/matrix-mission");
        }));
        // contributions: NASA's on the ISS
        cases.add(api("PUT /api/contributions/{nasa on iss}", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).put("/api/contributions/" + t.nasaContribution().path("id").asLong(),
                        t.contributionBody(t.nasaContribution().path("version").asLong()))));
        cases.add(api("POST /api/contributions (nasa, iss)", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).post("/api/contributions", t.newContributionBody())));
        cases.add(api("DELETE /api/contributions/{nasa on iss}", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).delete("/api/contributions/" + t.nasaContribution().path("id").asLong())));
        // participations and share tables: the coordinators'
        cases.add(api("POST /api/participations (iss)", COORDINATOR, (t, r) -> t.as(r.user()).post("/api/participations", """
                {"projectId": "iss", "partnerId": "cnes", "role": "contributor", "sourceUrl": "https://example.org/p"}""")));
        cases.add(api("POST /api/share-tables (iss)", COORDINATOR, (t, r) -> t.as(r.user()).post("/api/share-tables", """
                {"projectId": "iss", "name": "Matrix split", "entries": [{"partnerId": "nasa", "percent": 60},
                 {"partnerId": "esa", "percent": 40}], "sourceUrl": "https://example.org/shares"}""")));
        // agreements: of a project (coordinators), without a project (admins)
        cases.add(api("POST /api/agreements (governing iss)", COORDINATOR, (t, r) -> t.as(r.user()).post("/api/agreements", """
                {"id": "matrix-mou", "kind": "MOU", "title": "Matrix MOU", "projectId": "iss",
                 "sourceUrl": "https://example.org/mou"}""")));
        cases.add(api("POST /api/agreements (no project)", ADMIN, (t, r) -> t.as(r.user()).post("/api/agreements", """
                {"id": "matrix-mou", "kind": "MOU", "title": "Matrix MOU", "sourceUrl": "https://example.org/mou"}""")));
        // ledger credits and reference tables
        cases.add(api("POST /api/projects/iss/ledger/credits (nasa)", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).post("/api/projects/iss/ledger/credits", """
                        {"partnerId": "nasa", "description": "Matrix delivery", "amount": 1000, "currency": "USD",
                         "priceYear": 2024}""")));
        cases.add(api("PUT /api/exchange-rates/EUR/1901", ADMIN, (t, r) -> t.as(r.user()).put("/api/exchange-rates/EUR/1901", """
                {"rate": 1.1, "quote": "usd_per_unit", "sourceUrl": "https://example.org/rates"}""")));
        // claims: anyone who is more than an observer
        cases.add(api("POST /api/claims", CONTRIBUTORS, (t, r) -> t.as(r.user()).post("/api/claims", """
                {"statement": "Matrix claim", "metric": "artemisAccordsSignatories", "comparator": ">=", "stated": 1,
                 "sourceUrl": "https://example.org/claim"}""")));
        // risk register (owner partner or coordinators) and its matrix (coordinators)
        cases.add(api("POST /api/projects/iss/risks (owned by nasa)", OWNER_OR_COORDINATOR,
                (t, r) -> t.as(r.user()).post("/api/projects/iss/risks", """
                        {"title": "Matrix risk", "condition": "c", "consequence": "q", "ownerPartnerId": "nasa",
                         "domain": "safety", "likelihood": 3, "consequenceLevel": 3, "disposition": "mitigate"}""")));
        cases.add(api("PUT /api/projects/iss/risk-matrix", COORDINATOR, (t, r) -> t.as(r.user())
                .put("/api/projects/iss/risk-matrix", """
                        {"scaleId": "ecss", "version": 0}""")));
        cases.add(form("form: add a risk owned by NASA", OWNER_OR_COORDINATOR, (t, r) -> t.mvc.post()
                .uri("/projects/iss/risks/new").with(r.user()).param("title", "Matrix risk").param("condition", "c")
                .param("consequence", "q").param("ownerPartnerId", "nasa").param("domain", "safety")
                .param("likelihood", "3").param("consequenceLevel", "3").param("disposition", "mitigate").exchange()));
        // teaming catalogue: capabilities (admins), a partner's offers (its members)
        cases.add(api("POST /api/teaming/capabilities", ADMIN, (t, r) -> t.as(r.user()).post("/api/teaming/capabilities", """
                {"id": "matrix-drive", "name": "Matrix drive", "group": "in-space", "unitCostUsdMillions": 80}""")));
        cases.add(api("POST /api/teaming/partner-capabilities (nasa)", OWNER, (t, r) -> t.as(r.user())
                .post("/api/teaming/partner-capabilities", """
                        {"partnerId": "nasa", "capabilityId": "matrix-free", "maturity": "6",
                         "sourceUrl": "https://example.org/cap"}""".replace("matrix-free", t.capabilityNasaLacks()))));
        // a project's schedule and the coalitions proposed for it: its coordinators
        cases.add(api("PUT /api/projects/iss/schedule", COORDINATOR, (t, r) -> t.as(r.user()).put("/api/projects/iss/schedule", """
                {"plan": {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 3}}]}}""")));
        cases.add(api("POST /api/teaming/proposals (iss)", COORDINATOR, (t, r) -> t.as(r.user()).post("/api/teaming/proposals", """
                {"projectId": "iss", "mission": {"requirements": [{"capability": "robotic-arm", "minMaturity": 9}],
                 "partners": [{"id": "csa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 120}]}]}}""")));
        // pure computations: open to all
        cases.add(api("POST /api/allocations (computation)", EVERYONE, (t, r) -> t.as(r.user()).post("/api/allocations", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 1, "a+b": 1.5}}""")));
        cases.add(api("POST /api/fleet/simulate (computation)", EVERYONE, (t, r) -> t.as(r.user()).post("/api/fleet/simulate", """
                {"name": "one vehicle", "consumptionKgPerDay": 100, "initialReserveKg": 6000, "reserveThresholdDays": 45,
                 "horizonDays": 100, "trials": 200, "seed": 5, "families": [{"id": "rocket", "lossProbability": 0}],
                 "vehicles": [{"id": "cargo", "partner": "esa", "family": "rocket", "cadenceDays": 30,
                               "firstFlightDay": 10, "capacityKg": 3000}]}""")));
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
                .param("description", "Matrix delivery").param("amountMillions", "1").param("currency", "USD")
                .param("priceYear", "2024").exchange()));
        cases.add(form("form: store a claim", CONTRIBUTORS, (t, r) -> t.mvc.post().uri("/insights/claims")
                .with(r.user()).param("statement", "Matrix claim").param("metric", "artemisAccordsSignatories")
                .param("comparator", ">=").param("stated", "1").param("sourceUrl", "https://example.org/c").exchange()));
        return cases;
    }

    static Stream<Arguments> matrix() {
        return cases().stream().flatMap(c -> Stream.of(Role.values()).map(role -> Arguments.of(c, role)));
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

    private static Case api(String name, Set<Role> allowed, BiFunction<AuthorizationMatrixTests, Role, MvcTestResult> send) {
        return new Case(name, false, allowed, send);
    }

    private static Case form(String name, Set<Role> allowed, BiFunction<AuthorizationMatrixTests, Role, MvcTestResult> send) {
        return new Case(name, true, allowed, send);
    }

    private static String responseText(MvcTestResult result) {
        try {
            String text = result.getResponse().getContentAsString();
            return text.length() > 300 ? text.substring(0, 300) : text;
        } catch (java.io.UnsupportedEncodingException e) {
            return "";
        }
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
        JsonNode iss = read("/api/projects/iss").path("project");
        return """
                {"name": "%s", "leadPartnerId": "%s", "sourceUrl": "%s", "version": %d}""".formatted(
                iss.path("name").asString(), iss.path("leadPartnerId").asString(), iss.path("sourceUrl").asString(),
                iss.path("version").asLong());
    }
}
