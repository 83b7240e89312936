package space.consortium.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * Search over the shipped registry, anonymously, on each database: a partner by acronym, a project by name, an
 * agreement by title, a claim by its words, and everything of a country by ISO code or English name.
 */
abstract class SearchContract extends ApiContract {

    @Autowired
    JdbcClient jdbc;

    private JsonNode search(String q) {
        MvcTestResult result = mvc.get().uri("/api/search").param("q", q).exchange();
        assertThat(result).hasStatusOk();
        return Json.body(result);
    }

    @Test
    void aPartnerIsFoundByItsAcronymFirst() {
        JsonNode results = search("JAXA");
        assertThat(results.at("/partners/0/id").asString()).isEqualTo("jaxa");
        assertThat(results.at("/partners/0/title").asString()).isEqualTo("Japan Aerospace Exploration Agency (JAXA)");
        assertThat(results.at("/partners/0/url").asString()).isEqualTo("/partners/jaxa");
    }

    @Test
    void aProjectIsFoundByPartOfItsNameInAnyCase() {
        JsonNode results = search("lunar gate");
        assertThat(Json.strings(results.path("projects"), "id")).contains("gateway");
    }

    @Test
    void anAgreementIsFoundByItsTitle() {
        JsonNode results = search("Artemis Accords");
        assertThat(Json.strings(results.path("agreements"), "id")).contains("artemis-accords");
        assertThat(Json.strings(results.path("claims"), "title"))
                .anySatisfy(t -> assertThat(t).contains("Artemis Accords"));
    }

    @Test
    void aCountryByCodeAndByNameFindsItsAgencyItsAgreementsAndItsClaims() {
        for (String q : new String[] {"JP", "Japan", "japan"}) {
            JsonNode results = search(q);
            assertThat(results.at("/countries/0/code").asString()).as(q).isEqualTo("JP");
            assertThat(Json.strings(results.path("partners"), "id")).as(q).contains("jaxa");
            // Japan is a party to the Space Station agreements and signed the Artemis Accords
            assertThat(Json.strings(results.path("agreements"), "id")).as(q).contains("iss-iga", "artemis-accords");
            assertThat(Json.strings(results.path("claims"), "title")).as(q)
                    .contains("Japan signed the Artemis Accords on 13 October 2020.");
        }
    }

    @Test
    void wordsMatchByTheirBeginningWithoutAccentsButNotFromTheMiddle() {
        assertThat(Json.strings(search("etudes spatiales").path("partners"), "id")).contains("cnes");
        assertThat(Json.strings(search("gateway").path("projects"), "id")).contains("gateway");
        // word-prefix matching (the search index): a piece from the middle of a word finds nothing
        assertThat(Json.strings(search("ateway").path("projects"), "id")).doesNotContain("gateway");
    }

    @Test
    void wildcardsAreMatchedLiterallyAndNothingFoundIsAnEmptyAnswer() {
        JsonNode results = search("%%");
        assertThat(results.path("partners").size() + results.path("projects").size()
                + results.path("agreements").size()).isZero();
    }

    @Test
    void sortingTheFewMatchesAndScanningInListingOrderGiveTheSameAnswer() {
        SearchRepository sorting = new SearchRepository(jdbc, Integer.MAX_VALUE);
        SearchRepository scanning = new SearchRepository(jdbc, 1);
        int answers = 0;
        for (String q : new String[] {"Japan", "JP", "jaxa", "lunar gate", "Artemis Accords", "space agency",
                "United States", "mars", "esa", "Korea"}) {
            SearchRepository.Match match = SearchService.match(q, SearchService.countries(q));
            for (int limit : new int[] {1, 3, 25}) {
                assertThat(scanning.partners(match, limit)).as(q).isEqualTo(sorting.partners(match, limit));
                assertThat(scanning.projects(match, limit)).as(q).isEqualTo(sorting.projects(match, limit));
                assertThat(scanning.agreements(match, limit)).as(q).isEqualTo(sorting.agreements(match, limit));
                assertThat(scanning.claims(match, limit)).as(q).isEqualTo(sorting.claims(match, limit));
                answers += sorting.partners(match, limit).size() + sorting.projects(match, limit).size()
                        + sorting.agreements(match, limit).size() + sorting.claims(match, limit).size();
            }
        }
        assertThat(answers).isGreaterThan(100);
        // the id asked for comes first even when more than the limit match and another one's name comes first
        assertThat(post("/api/partners", """
                {"id": "aardvark", "name": "Aardvark ESA Services", "kind": "company",
                 "sourceUrl": "https://example.org/aardvark"}""")).hasStatus(org.springframework.http.HttpStatus.CREATED);
        SearchRepository.Match esa = SearchService.match("esa", List.of());
        assertThat(sorting.partners(esa, 2)).extracting(SearchResults.Hit::id).containsExactly("esa", "aardvark");
        assertThat(scanning.partners(esa, 1)).extracting(SearchResults.Hit::id).containsExactly("esa");
        assertThat(scanning.partners(esa, 2)).extracting(SearchResults.Hit::id).containsExactly("esa", "aardvark");
    }

    @Test
    void aQueryOfOneCharacterIsA400NamingQ() {
        assertInvalid(mvc.get().uri("/api/search").param("q", "j").exchange(), "q");
    }

    @Test
    void theResultsPageGroupsHitsByKindWithLinksAndTheNavigationBarHasTheBox() throws Exception {
        MvcTestResult page = mvc.get().uri("/search").param("q", "Japan").exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"results-partners\"", "id=\"results-agreements\"", "href=\"/partners/jaxa\"",
                "id=\"site-search-q\"", "Japan (JP)");
        MvcTestResult tooShort = mvc.get().uri("/search").param("q", "x").exchange();
        assertThat(tooShort).hasStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        assertThat(tooShort.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"search-error\"");
    }
}
