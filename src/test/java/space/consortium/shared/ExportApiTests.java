package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.JclPlans;

/**
 * Results taken away from the API ({@code ?format=csv|xlsx} or {@code Accept: text/csv}): each file is downloaded
 * anonymously where the result is public, parsed back with Commons CSV and Apache POI, and checked against closed-form
 * answers and against the JSON answer of the same request.
 */
class ExportApiTests extends ApiContract {

    /** Two players, c(a) = 1, c(b) = 2, c(ab) = 2: Shapley gives a (1 + 0) / 2 = 0.5 and b (2 + 1) / 2 = 1.5. */
    private static final String TWO_PLAYERS = """
            {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 2, "a+b": 2},
             "methods": ["shapley", "equal"]}""";

    private static final String BIG = """
            {"type": "cost", "players": ["a", "b"], "values": {"a": 191930000, "b": 200000000, "a+b": 383860000},
             "methods": ["shapley"], "decimals": 2}""";

    private static final String FLEET = """
            {"name": "one vehicle", "consumptionKgPerDay": 100, "initialReserveKg": 6000, "reserveThresholdDays": 45,
             "horizonDays": 100, "trials": 2000, "seed": 5,
             "families": [{"id": "rocket", "lossProbability": 0}],
             "vehicles": [{"id": "cargo", "partner": "esa", "family": "rocket", "cadenceDays": 30,
                           "firstFlightDay": 10, "capacityKg": 3000}]}""";

    @Test
    void anAllocationAsCsvHasTheShapleyValuesOfTheClosedFormAndAFileName() throws Exception {
        MvcTestResult result = anonymousPost("/api/allocations?format=csv", TWO_PLAYERS, MediaType.ALL);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("allocation.csv");
        Map<String, CSVRecord> rows = csvByFirstColumn(result);
        assertThat(rows.keySet()).containsExactly("a", "b", "Total");
        assertThat(new BigDecimal(rows.get("a").get("shapley"))).isEqualByComparingTo("0.5");
        assertThat(new BigDecimal(rows.get("b").get("shapley"))).isEqualByComparingTo("1.5");
        assertThat(new BigDecimal(rows.get("a").get("equal"))).isEqualByComparingTo("1");
        assertThat(new BigDecimal(rows.get("Total").get("shapley"))).isEqualByComparingTo("2");
    }

    @Test
    void largeAmountsArePlainDecimalsInCsvAndNumbersInTheSpreadsheet() throws Exception {
        MvcTestResult csv = anonymousPost("/api/allocations", BIG, MediaType.parseMediaType("text/csv"));
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContainIgnoringCase("E+").doesNotContain("E8").contains("383860000");

        MvcTestResult xlsx = anonymousPost("/api/allocations", BIG, MediaType.parseMediaType(TableExport.XLSX_VALUE));
        assertThat(xlsx).hasStatusOk().hasContentTypeCompatibleWith(TableExport.XLSX_VALUE);
        assertThat(xlsx.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("allocation.xlsx");
        try (XSSFWorkbook book = workbook(xlsx)) {
            Sheet result = book.getSheetAt(0);
            Row total = result.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(383_860_000.0);
            assertThat(inputs(book)).containsKey("Players");
        }
    }

    @Test
    void aClientThatAcceptsAnythingStillGetsJson() {
        MvcTestResult result = anonymousPost("/api/allocations", TWO_PLAYERS, MediaType.ALL);
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void anUnknownFormatIsA400NamingTheField() {
        assertInvalid(anonymousPost("/api/allocations?format=pdf", TWO_PLAYERS, MediaType.APPLICATION_JSON),
                "format");
    }

    @Test
    void aJclRunAsASpreadsheetCarriesTheSeedAndTrialsOnTheSecondSheet() throws Exception {
        // a chain of 3 activities, each uniform on 1 to 2 days: the finish lies in [3, 6] days, the mean is 4.5
        MvcTestResult result = anonymousPost("/api/jcl?format=xlsx&trials=2000&seed=42", JclPlans.chain(3),
                MediaType.ALL);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(TableExport.XLSX_VALUE);
        try (XSSFWorkbook book = workbook(result)) {
            Map<String, Object> inputs = inputs(book);
            assertThat(inputs.get("Seed")).isEqualTo(42.0);
            assertThat(inputs.get("Trials")).isEqualTo(2000.0);
            Map<String, Row> rows = new HashMap<>();
            for (Row row : book.getSheetAt(0)) {
                rows.put(row.getCell(0).getStringCellValue(), row);
            }
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).contains("days");
            assertThat(rows.get("Mean").getCell(1).getNumericCellValue()).isCloseTo(4.5, org.assertj.core.data.Offset.offset(0.05));
            assertThat(rows.get("Min").getCell(1).getNumericCellValue()).isGreaterThanOrEqualTo(3.0);
            assertThat(rows.get("Max").getCell(1).getNumericCellValue()).isLessThanOrEqualTo(6.0);
        }
    }

    @Test
    void aFleetRunAsCsvMatchesItsJsonAnswer() throws Exception {
        MvcTestResult csv = anonymousPost("/api/fleet/simulate?format=csv", FLEET, MediaType.ALL);
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        CSVRecord row = csvByFirstColumn(csv).get("one vehicle");
        // no losses and supply equal to consumption: the reserve never falls below 45 days, the lowest is 50 days
        assertThat(Double.parseDouble(row.get("P(reserve below threshold) (share of trials)"))).isZero();
        assertThat(Double.parseDouble(row.get("Mean minimum reserve (days)"))).isEqualTo(50.0);
    }

    @Test
    void theIssLedgerAsCsvHasTheAgreedSharesBesideTheirCurrency() throws Exception {
        MvcTestResult csv = mvc.get().uri("/api/projects/iss/ledger?cost=1000000000&baseYear=2024")
                .accept(MediaType.parseMediaType("text/csv")).exchange();
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("ledger-iss.csv");
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : records(csv)) {
            rows.put(r.get("Partner id"), r);
        }
        // the ISS common-cost shares: NASA 76.6 %, JAXA 12.8 %, ESA 8.3 %, CSA 2.3 %
        assertThat(new BigDecimal(rows.get("nasa").get("Obligation (USD 2024)"))).isEqualByComparingTo("766000000");
        assertThat(new BigDecimal(rows.get("csa").get("Obligation (USD 2024)"))).isEqualByComparingTo("23000000");
        assertThat(rows.get("esa").get("Currency")).isEqualTo("USD");
    }

    @Test
    void aRelayPlanAsCsvListsTheChosenPassesOfItsJsonAnswer() throws Exception {
        String plan = """
                {"start": "2026-01-01T00:00:00Z", "end": "2026-01-02T00:00:00Z", "minElevationDeg": 10,
                 "propagator": "keplerian", "orbiters": ["mro"], "landers": ["curiosity"]}""";
        MvcTestResult json = anonymousPost("/api/relay/plan", plan, MediaType.APPLICATION_JSON);
        assertThat(json).hasStatusOk();
        int chosen = space.consortium.support.Json.body(json).at("/plan/chosen").size();

        MvcTestResult csv = anonymousPost("/api/relay/plan?format=csv", plan, MediaType.ALL);
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        List<CSVRecord> rows = records(csv);
        assertThat(rows).hasSize(chosen).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("Orbiter")).isEqualTo("mro");
            assertThat(Double.parseDouble(r.get("Max elevation (deg)"))).isBetween(10.0, 90.0);
        });
    }

    @Test
    void theRelayPageDownloadsItsPlanWithTheSameParametersAsTheForm() throws Exception {
        MvcTestResult csv = mvc.get().uri("/relay?format=csv&orbiter=mro&lander=curiosity&start=2026-01-01&days=1"
                + "&mask=10&propagator=keplerian").exchange();
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("relay-plan-2026-01-01.csv");
        assertThat(records(csv)).isNotEmpty().allSatisfy(r -> assertThat(r.get("Lander")).isEqualTo("curiosity"));
    }

    private MvcTestResult anonymousPost(String uri, String json, MediaType accept) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(accept).content(json).exchange();
    }

    static List<CSVRecord> records(MvcTestResult result) throws Exception {
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static Map<String, CSVRecord> csvByFirstColumn(MvcTestResult result) throws Exception {
        Map<String, CSVRecord> rows = new java.util.LinkedHashMap<>();
        for (CSVRecord r : records(result)) {
            rows.put(r.get(0), r);
        }
        return rows;
    }

    static XSSFWorkbook workbook(MvcTestResult result) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    /** Sheet 2: input name → value (a number as a double, else text). */
    static Map<String, Object> inputs(XSSFWorkbook book) {
        assertThat(book.getNumberOfSheets()).isEqualTo(2);
        Sheet sheet = book.getSheetAt(1);
        assertThat(sheet.getSheetName()).isEqualTo("Inputs");
        Map<String, Object> inputs = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || row.getCell(1) == null) {
                continue;
            }
            var cell = row.getCell(1);
            inputs.put(row.getCell(0).getStringCellValue(), cell.getCellType() == CellType.NUMERIC
                    ? (Object) cell.getNumericCellValue() : cell.toString());
        }
        return inputs;
    }
}
