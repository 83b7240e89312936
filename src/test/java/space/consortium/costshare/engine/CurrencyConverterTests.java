package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import space.consortium.shared.Csv;

/**
 * Conversions with the tables the platform ships ({@code src/main/resources/costshare/*.csv}), checked against values
 * worked out by hand from the cited rows.
 */
class CurrencyConverterTests {

    private static CurrencyConverter shipped;

    @BeforeAll
    static void loadShippedTables() throws IOException {
        List<ExchangeRate> rates = read("costshare/exchange_rates.csv").rows().stream()
                .map(r -> new ExchangeRate(r.get("currency").orElseThrow(), Integer.parseInt(r.get("year").orElseThrow()),
                        new BigDecimal(r.get("rate").orElseThrow()),
                        ExchangeRate.Quote.valueOf(r.get("quote").orElseThrow().toUpperCase(Locale.ROOT)),
                        r.get("source_url").orElseThrow()))
                .toList();
        List<PriceIndex> indexes = read("costshare/us_inflation.csv").rows().stream()
                .map(r -> new PriceIndex(Integer.parseInt(r.get("year").orElseThrow()),
                        new BigDecimal(r.get("cpi_u").orElseThrow()), r.get("source_url").orElseThrow()))
                .toList();
        shipped = new CurrencyConverter(rates, indexes);
    }

    @Test
    void euroIsQuotedInDollarsPerEuroSoItIsMultiplied() {
        // row 2023,EUR,1.0817,usd_per_unit (Federal Reserve G.5A, 1 Feb 2024): 1 000 000 × 1.0817
        Conversion c = shipped.convert(new BigDecimal("1000000"), "EUR", 2023, "USD", 2023);

        assertThat(c.result()).isEqualByComparingTo("1081700.00");
        assertThat(c.factors()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("1.0817");
            assertThat(f.sourceUrl()).isEqualTo("https://federalreserve.gov/releases/g5a/20240201");
        });
    }

    @Test
    void yenAreQuotedPerDollarSoTheyAreDivided() {
        // row 2023,JPY,140.5001,units_per_usd: 1 000 000 000 / 140.5001 = 7 117 432.6566…
        assertThat(shipped.convert(new BigDecimal("1000000000"), "JPY", 2023, "USD", 2023).result())
                .isEqualByComparingTo("7117432.66");
    }

    @Test
    void dollarsOf2013AreInflatedTo2024ByTheCpiRatio() {
        // rows 2013,232.957 (BLS cpiai.txt) and 2024,313.689 (BLS): 1 000 000 × 313.689 / 232.957 = 1 346 553.2266…
        Conversion c = shipped.convert(new BigDecimal("1000000"), "USD", 2013, "USD", 2024);

        assertThat(c.result()).isEqualByComparingTo("1346553.23");
        assertThat(c.factors()).extracting(Conversion.Factor::kind).containsExactly("price-index", "price-index");
    }

    @Test
    void poundsOf2015BecomeEurosOf2013ThroughTheDollar() {
        // 1 000 000 GBP × 1.5284 (USD per GBP, 2015) × 232.957 / 237.02 (CPI-U 2013 / 2015) / 1.3281 (USD per EUR, 2013)
        // = 1 131 089.6369… EUR
        Conversion c = shipped.convert(new BigDecimal("1000000"), "GBP", 2015, "EUR", 2013);

        assertThat(c.result()).isEqualByComparingTo("1131089.64");
        assertThat(c.factors()).hasSize(4);
    }

    @Test
    void sameCurrencyAndYearIsNoConversion() {
        Conversion c = shipped.convert(new BigDecimal("12.345"), "USD", 2024, "USD", 2024);

        assertThat(c.identity()).isTrue();
        assertThat(c.result()).isEqualByComparingTo("12.34");
    }

    @Test
    void missingExchangeRateNamesCurrencyAndYear() {
        // the shipped table has no rouble rates (see the README next to it)
        assertThatThrownBy(() -> shipped.convert(BigDecimal.TEN, "RUB", 2020, "USD", 2020))
                .isInstanceOfSatisfying(MissingRate.class, e -> {
                    assertThat(e.currency()).isEqualTo("RUB");
                    assertThat(e.year()).isEqualTo(2020);
                    assertThat(e.getMessage()).contains("no exchange rate for RUB in 2020");
                });
    }

    @Test
    void missingPriceIndexNamesTheYear() {
        assertThatThrownBy(() -> shipped.convert(BigDecimal.TEN, "CAD", 2019, "USD", 2024))
                .isInstanceOfSatisfying(MissingRate.class, e -> {
                    assertThat(e.currency()).isNull();
                    assertThat(e.getMessage()).contains("no US price index (CPI-U) for 2019");
                });
    }

    @Test
    void publishedFederalReserveAnnualAveragesAreTheShippedRows() {
        // hand-checked against the cited pages: G.5A of 1 Feb 2024 (EUR 2023 1.0817 USD per euro), Statistical
        // Supplement to the Federal Reserve Bulletin, April 2008, table 3.28 (EUR 2005 1.2449 USD per euro,
        // JPY 2007 117.76 yen per dollar), March 2005 (INR 2002 48.63 rupees per dollar), G.5A of 4 Jan 2016
        // (GBP 2014 1.6484 USD per pound)
        assertThat(shipped.convert(new BigDecimal("10000"), "EUR", 2005, "USD", 2005).result())
                .isEqualByComparingTo("12449.00");
        assertThat(shipped.convert(new BigDecimal("10000"), "EUR", 2023, "USD", 2023).result())
                .isEqualByComparingTo("10817.00");
        assertThat(shipped.convert(new BigDecimal("11776"), "JPY", 2007, "USD", 2007).result())
                .isEqualByComparingTo("100.00");
        assertThat(shipped.convert(new BigDecimal("4863"), "INR", 2002, "USD", 2002).result())
                .isEqualByComparingTo("100.00");
        assertThat(shipped.convert(new BigDecimal("10000"), "GBP", 2014, "USD", 2014).result())
                .isEqualByComparingTo("16484.00");
    }

    @Test
    void theYenOf2008To2010IsThePennWorldTableFigureThatFredsArchiveShows() {
        // hand-checked against https://alfred.stlouisfed.org/series?seid=FXRATEJPA618NUPN (Penn World Table 7.1,
        // vintage 2012-07-26): 2009 93.57010 yen per US dollar
        assertThat(shipped.convert(new BigDecimal("935701"), "JPY", 2009, "USD", 2009).result())
                .isEqualByComparingTo("10000.00");
    }

    @Test
    void everyShippedRateConvertsThereAndBackToTheSameAmount() throws IOException {
        // invariant: an amount converted to US dollars and back in the same year is the amount (within the rounding
        // of the intermediate dollar figure to cents), for every row of the shipped table
        BigDecimal amount = new BigDecimal("1000000000");
        List<Csv.Row> rows = read("costshare/exchange_rates.csv").rows();
        assertThat(rows).hasSizeGreaterThan(100);
        for (Csv.Row r : rows) {
            String currency = r.get("currency").orElseThrow();
            int year = Integer.parseInt(r.get("year").orElseThrow());
            BigDecimal usd = shipped.convert(amount, currency, year, "USD", year).result();
            BigDecimal back = shipped.convert(usd, "USD", year, currency, year).result();
            BigDecimal rate = new BigDecimal(r.get("rate").orElseThrow());
            // a cent of rounding in dollars is at most this many units of the currency
            BigDecimal tolerance = rate.max(BigDecimal.ONE).multiply(new BigDecimal("0.01"));
            assertThat(back.subtract(amount).abs()).as("%s %d", currency, year).isLessThanOrEqualTo(tolerance);
        }
    }

    @Test
    void theCpiTableHasNoDuplicateYearAndRisesAcrossTheDecades() throws IOException {
        List<Csv.Row> rows = read("costshare/us_inflation.csv").rows();
        List<Integer> years = rows.stream().map(r -> Integer.parseInt(r.get("year").orElseThrow())).toList();
        assertThat(years).doesNotHaveDuplicates().isSorted();
        // BLS: the CPI-U annual average of 1998 is 163.0, of 2024 313.689 (1982-84 = 100)
        assertThat(shipped.convert(new BigDecimal("163.00"), "USD", 1998, "USD", 2024).result())
                .isEqualByComparingTo("313.69");
    }

    @Test
    void shippedTablesCiteAnHttpSourceForEveryRow() throws IOException {
        for (String file : List.of("costshare/exchange_rates.csv", "costshare/us_inflation.csv")) {
            assertThat(read(file).rows()).isNotEmpty().allSatisfy(r ->
                    assertThat(r.get("source_url").orElse("")).startsWith("http"));
        }
    }

    private static Csv.Table read(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(
                CurrencyConverterTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return Csv.read(reader);
        }
    }
}
