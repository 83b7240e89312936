package space.consortium.costshare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import space.consortium.costshare.ConversionTableService;
import space.consortium.costshare.ExchangeRateEntry;
import space.consortium.costshare.PriceIndexEntry;
import space.consortium.support.Users;

/** The exchange-rate and price-index forms: add, bad input, edit, stale edits, who may see them. */
@SpringBootTest
@AutoConfigureMockMvc
class ConversionTableFormPagesTests {

    /** A year no shipped table has (the shipped rows are counted by other tests). */
    private static final int YEAR = 2098;
    private static final String SOURCE = "https://example.org/conversion-form-test";

    @Autowired MockMvc mvc;
    @Autowired ConversionTableService tables;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeTheRecordsMadeHere() {
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        jdbc.sql("delete from exchange_rate where rate_year = :y").param("y", YEAR).update();
        jdbc.sql("delete from price_index where index_year = :y").param("y", YEAR).update();
        jdbc.sql("delete from audit_event where entity in ('exchange-rate', 'price-index') and entity_id like :y")
                .param("y", "%" + YEAR).update();
    }

    private void addRate() throws Exception {
        mvc.perform(post("/conversion-tables/exchange-rates/new").with(Users.admin())
                        .param("currency", "EUR").param("year", String.valueOf(YEAR)).param("rate", "1.25")
                        .param("quote", "usd_per_unit").param("sourceUrl", SOURCE))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/conversion-tables"));
    }

    private void addIndex() throws Exception {
        mvc.perform(post("/conversion-tables/price-index/new").with(Users.admin())
                        .param("year", String.valueOf(YEAR)).param("value", "400.5").param("sourceUrl", SOURCE))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/conversion-tables"));
    }

    @Test
    void adminAddsARateAndAnIndexAndTheListShowsThem() throws Exception {
        addRate();
        addIndex();
        ExchangeRateEntry rate = tables.rate("EUR", YEAR);
        assertThat(rate.rate()).isEqualByComparingTo("1.25");
        assertThat(rate.quote()).isEqualTo("usd_per_unit");
        assertThat(rate.sourceUrl()).isEqualTo(SOURCE);
        PriceIndexEntry index = tables.index(YEAR);
        assertThat(index.value()).isEqualByComparingTo("400.5");
        mvc.perform(get("/conversion-tables").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/conversion-tables/exchange-rates/EUR/" + YEAR + "/edit")))
                .andExpect(content().string(containsString("/conversion-tables/price-index/" + YEAR + "/edit")))
                .andExpect(content().string(containsString("id=\"add-rate\"")));
    }

    @Test
    void badInputShowsTheServiceMessagesBesideTheirFieldsAndStoresNothing() throws Exception {
        mvc.perform(post("/conversion-tables/exchange-rates/new").with(Users.admin())
                        .param("currency", "EUR").param("year", String.valueOf(YEAR)).param("rate", "-2")
                        .param("quote", "usd_per_unit").param("sourceUrl", "ftp://nowhere"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a number more than zero")))
                .andExpect(content().string(containsString("give the http(s) address of the page that publishes the figure")))
                .andExpect(content().string(containsString("value=\"-2\"")));
        mvc.perform(post("/conversion-tables/exchange-rates/new").with(Users.admin())
                        .param("currency", "USD").param("year", String.valueOf(YEAR)).param("rate", "1")
                        .param("quote", "usd_per_unit").param("sourceUrl", SOURCE))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("USD is the reference currency")));
        mvc.perform(post("/conversion-tables/price-index/new").with(Users.admin())
                        .param("year", String.valueOf(YEAR)).param("value", "0").param("sourceUrl", SOURCE))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a number more than zero")));
        assertThat(tables.rates(null, YEAR)).isEmpty();
        assertThat(tables.indexes()).noneMatch(i -> i.year() == YEAR);
    }

    @Test
    void addingAFigureAlreadyStoredIsRefusedAndPointsToEdit() throws Exception {
        addIndex();
        mvc.perform(post("/conversion-tables/price-index/new").with(Users.admin())
                        .param("year", String.valueOf(YEAR)).param("value", "1").param("sourceUrl", SOURCE))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("already stored; edit it instead")));
        assertThat(tables.index(YEAR).value()).isEqualByComparingTo("400.5");
    }

    @Test
    void adminEditsARateAndAnIndexCarryingTheVersion() throws Exception {
        addRate();
        addIndex();
        long rateVersion = tables.rate("EUR", YEAR).version();
        mvc.perform(get("/conversion-tables/exchange-rates/EUR/" + YEAR + "/edit").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + rateVersion + "\"")));
        mvc.perform(post("/conversion-tables/exchange-rates/EUR/" + YEAR + "/edit").with(Users.admin())
                        .param("rate", "1.3").param("quote", "usd_per_unit").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(rateVersion)))
                .andExpect(status().isFound());
        assertThat(tables.rate("EUR", YEAR).rate()).isEqualByComparingTo("1.3");
        long indexVersion = tables.index(YEAR).version();
        mvc.perform(post("/conversion-tables/price-index/" + YEAR + "/edit").with(Users.admin())
                        .param("value", "401").param("sourceUrl", SOURCE).param("version", String.valueOf(indexVersion)))
                .andExpect(status().isFound());
        assertThat(tables.index(YEAR).value()).isEqualByComparingTo("401");
    }

    @Test
    void aStaleEditShowsTheirsAndYoursAndSavesNothingUntilAppliedAgain() throws Exception {
        addRate();
        long read = tables.rate("EUR", YEAR).version();
        mvc.perform(post("/conversion-tables/exchange-rates/EUR/" + YEAR + "/edit").with(Users.admin())
                        .param("rate", "1.4").param("quote", "usd_per_unit").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(read)))
                .andExpect(status().isFound());
        mvc.perform(post("/conversion-tables/exchange-rates/EUR/" + YEAR + "/edit").with(Users.admin())
                        .param("rate", "1.5").param("quote", "usd_per_unit").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(read)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("here is theirs, here is yours")))
                .andExpect(content().string(containsString("1.4")))
                .andExpect(content().string(containsString("1.5")));
        ExchangeRateEntry theirs = tables.rate("EUR", YEAR);
        assertThat(theirs.rate()).isEqualByComparingTo("1.4");
        mvc.perform(post("/conversion-tables/exchange-rates/EUR/" + YEAR + "/edit").with(Users.admin())
                        .param("rate", "1.5").param("quote", "usd_per_unit").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(theirs.version())))
                .andExpect(status().isFound());
        assertThat(tables.rate("EUR", YEAR).rate()).isEqualByComparingTo("1.5");

        addIndex();
        long indexRead = tables.index(YEAR).version();
        mvc.perform(post("/conversion-tables/price-index/" + YEAR + "/edit").with(Users.admin())
                        .param("value", "410").param("sourceUrl", SOURCE).param("version", String.valueOf(indexRead)))
                .andExpect(status().isFound());
        mvc.perform(post("/conversion-tables/price-index/" + YEAR + "/edit").with(Users.admin())
                        .param("value", "420").param("sourceUrl", SOURCE).param("version", String.valueOf(indexRead)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"stale-compare\"")));
        assertThat(tables.index(YEAR).value()).isEqualByComparingTo("410");
    }

    @Test
    void onlyAdminsSeeTheControlsAnonymousVisitorsAreSentToSignInAndObserversAreRefused() throws Exception {
        mvc.perform(get("/conversion-tables").with(Users.observer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Exchange rates")))
                .andExpect(content().string(not(containsString("id=\"add-rate\""))))
                .andExpect(content().string(not(containsString("/edit\""))));
        mvc.perform(get("/conversion-tables"))
                .andExpect(content().string(not(containsString("id=\"add-index\""))));
        for (String path : List.of("/conversion-tables/exchange-rates/new", "/conversion-tables/price-index/new",
                "/conversion-tables/exchange-rates/EUR/2000/edit", "/conversion-tables/price-index/2000/edit")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(Users.observer())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/conversion-tables/price-index/new").with(Users.observer())
                        .param("year", String.valueOf(YEAR)).param("value", "400").param("sourceUrl", SOURCE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/conversion-tables/exchange-rates/new").with(Users.member("esa"))
                        .param("currency", "EUR").param("year", String.valueOf(YEAR)).param("rate", "1")
                        .param("quote", "usd_per_unit").param("sourceUrl", SOURCE))
                .andExpect(status().isForbidden());
        assertThat(tables.rates(null, YEAR)).isEmpty();
        assertThat(tables.indexes()).noneMatch(i -> i.year() == YEAR);
    }

    @Test
    void adminDeletesARateAndAnIndexAfterTheConfirmationPage() throws Exception {
        addRate();
        addIndex();
        mvc.perform(get("/conversion-tables").with(Users.admin()))
                .andExpect(content().string(containsString("/conversion-tables/exchange-rates/EUR/" + YEAR + "/delete")))
                .andExpect(content().string(containsString("/conversion-tables/price-index/" + YEAR + "/delete")));
        mvc.perform(get("/conversion-tables/exchange-rates/EUR/" + YEAR + "/edit").with(Users.admin()))
                .andExpect(content().string(containsString("id=\"delete-rate\"")));
        mvc.perform(get("/conversion-tables/exchange-rates/EUR/" + YEAR + "/delete").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-delete\"")))
                .andExpect(content().string(containsString("EUR " + YEAR)))
                .andExpect(content().string(containsString("1.25 US dollars per EUR")));
        assertThat(tables.rates("EUR", YEAR)).as("asking deletes nothing").hasSize(1);
        mvc.perform(post("/conversion-tables/exchange-rates/EUR/" + YEAR + "/delete").with(Users.admin()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/conversion-tables"));
        assertThat(tables.rates("EUR", YEAR)).isEmpty();
        mvc.perform(get("/conversion-tables/exchange-rates/EUR/" + YEAR + "/delete").with(Users.admin()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/conversion-tables/price-index/" + YEAR + "/edit").with(Users.admin()))
                .andExpect(content().string(containsString("id=\"delete-index\"")));
        mvc.perform(get("/conversion-tables/price-index/" + YEAR + "/delete").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CPI-U " + YEAR)));
        mvc.perform(post("/conversion-tables/price-index/" + YEAR + "/delete").with(Users.admin()))
                .andExpect(status().isFound());
        assertThat(tables.indexes()).noneMatch(i -> i.year() == YEAR);
    }

    @Test
    void aNewFigureHasNoDeleteAndOnlyAdminsMayDelete() throws Exception {
        mvc.perform(get("/conversion-tables/exchange-rates/new").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"delete-rate\""))))
                .andExpect(content().string(containsString("id=\"year\"")));
        addRate();
        mvc.perform(get("/conversion-tables/exchange-rates/EUR/" + YEAR + "/edit").with(Users.admin()))
                .andExpect(content().string(not(containsString("id=\"year\""))));
        mvc.perform(get("/conversion-tables").with(Users.coordinator("iss")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/delete\""))));
        String path = "/conversion-tables/exchange-rates/EUR/" + YEAR + "/delete";
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(path).with(Users.observer())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(Users.member("esa"))).andExpect(status().isForbidden());
        mvc.perform(post(path).with(Users.coordinator("iss"))).andExpect(status().isForbidden());
        assertThat(tables.rates("EUR", YEAR)).hasSize(1);
    }
}
