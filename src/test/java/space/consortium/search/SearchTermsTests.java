package space.consortium.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of the index and of a query, without Spring. */
class SearchTermsTests {

    @Test
    void wordsAreFoldedLowerCasedAndCutAtPunctuation() {
        assertThat(SearchTerms.words("Centre national d'études spatiales (CNES)"))
                .containsExactly("centre", "national", "d", "etudes", "spatiales", "cnes");
        assertThat(SearchTerms.words("artemis-accords")).containsExactly("artemis", "accords");
        assertThat(SearchTerms.words("Agência Espacial Brasileira")).containsExactly("agencia", "espacial", "brasileira");
        assertThat(SearchTerms.words("%_ --")).isEmpty();
        assertThat(SearchTerms.words(null)).isEmpty();
    }

    @Test
    void theSuccessorBoundsExactlyTheWordsThatStartWithThePrefix() {
        assertThat(SearchTerms.successor("gate")).isEqualTo("gatf");
        assertThat(SearchTerms.successor("sso9")).isEqualTo("ssoa"); // digits come before letters
        assertThat(SearchTerms.successor("az")).isEqualTo("b");
        assertThat(SearchTerms.successor("zz")).isNull();
        for (String term : new String[] {"gate", "gateway", "gatez9", "gatezzz"}) {
            assertThat(term.compareTo("gate") >= 0 && term.compareTo(SearchTerms.successor("gate")) < 0).as(term)
                    .isTrue();
        }
        for (String term : new String[] {"gat", "gatf", "gb", "gat9"}) {
            assertThat(term.compareTo("gate") >= 0 && term.compareTo(SearchTerms.successor("gate")) < 0).as(term)
                    .isFalse();
        }
    }

    @Test
    void countriesAreFoundByCodeInARegistryFieldAndIndexedByCodeAndNames() {
        assertThat(SearchTerms.codesIn("FR, DE")).containsExactly("FR", "DE");
        assertThat(SearchTerms.codesIn("ESA member states")).isEmpty();
        assertThat(SearchTerms.codesIn("{\"agreement\":\"artemis-accords\",\"country\":\"JP\"}")).containsExactly("JP");
        assertThat(SearchTerms.countryTerms("US")).contains("us", "united", "states", "usa", "america");
        assertThat(SearchTerms.countryTerms("JP")).containsExactly("jp", "japan");
        assertThat(SearchTerms.countryTerms("ZZ")).isEmpty();
    }

    @Test
    void aQueryWordThatStartsAnotherQueryWordIsImpliedByIt() {
        assertThat(SearchTerms.queryWords("lun Lunar gate")).containsExactly("lunar", "gate");
        assertThat(SearchTerms.queryWords("Mission 4242")).containsExactly("mission", "4242");
    }
}
