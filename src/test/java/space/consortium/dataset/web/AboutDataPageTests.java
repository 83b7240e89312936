package space.consortium.dataset.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import space.consortium.shared.Csv;

/**
 * "About the data" counts every shipped table (issue 12), not only the registry's: the conversion tables, the
 * capability catalogue and the relay assets, each row count equal to the rows of the file shipped for it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AboutDataPageTests {

    @Autowired MockMvc mvc;

    /** Table name → {rows, with a source, distinct sources} as the page shows them. */
    private Map<String, long[]> tables() throws Exception {
        String html = mvc.perform(get("/about-data")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<td>([^<]+)</td>\\s*<td class=\"num\">(\\d+)</td>\\s*<td class=\"num\">(\\d+)</td>"
                + "\\s*<td class=\"num\">(\\d+)</td>").matcher(html);
        Map<String, long[]> rows = new HashMap<>();
        while (m.find()) {
            rows.put(m.group(1), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4))});
        }
        return rows;
    }

    private static List<Csv.Row> shipped(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(AboutDataPageTests.class.getClassLoader()
                .getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return Csv.read(reader).rows();
        }
    }

    @Test
    void everyShippedTableIsCountedFromItsRows() throws Exception {
        Map<String, long[]> tables = tables();

        assertThat(tables).containsKeys("partners", "projects", "exchange rates", "US price index (CPI-U)",
                "relay assets", "capability catalogue (unit costs)", "partner capabilities", "teaming policies");
        assertThat(tables.get("exchange rates")[0]).isEqualTo(shipped("costshare/exchange_rates.csv").size());
        assertThat(tables.get("exchange rates")[1]).isEqualTo(tables.get("exchange rates")[0]);
        assertThat(tables.get("US price index (CPI-U)")[0]).isEqualTo(shipped("costshare/us_inflation.csv").size());
        assertThat(tables.get("relay assets")[0]).isEqualTo(shipped("dataset/relay_assets.csv").size());
        List<Csv.Row> capabilities = shipped("dataset/capabilities.csv");
        assertThat(tables.get("capability catalogue (unit costs)")[0]).isEqualTo(capabilities.size());
        // only the unit costs with a source count as sourced rows
        assertThat(tables.get("capability catalogue (unit costs)")[1]).isEqualTo(capabilities.stream()
                .filter(r -> r.get("unit_cost_source_url").isPresent()).count()).isLessThan(capabilities.size());
        assertThat(tables.get("teaming policies")[0]).isEqualTo(shipped("dataset/teaming_policies.csv").size());
        // the claim checker's tables: reference figures, populations and their members exactly as shipped; the claims
        // at least the shipped ones (other tests may add claims), those citing a page counted as sourced
        assertThat(tables.get("reference figures")[0]).isEqualTo(shipped("dataset/reference_figures.csv").size());
        assertThat(tables.get("populations")[0]).isEqualTo(shipped("dataset/populations.csv").size());
        assertThat(tables.get("population members")[0]).isEqualTo(shipped("dataset/population_members.csv").size());
        List<Csv.Row> claims = shipped("dataset/claims.csv");
        assertThat(tables.get("claims")[0]).isGreaterThanOrEqualTo(claims.size());
        assertThat(tables.get("claims")[1]).isGreaterThanOrEqualTo(claims.stream()
                .filter(r -> r.get("source_url").isPresent()).count()).isLessThan(tables.get("claims")[0]);
    }
}
