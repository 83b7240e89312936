package space.consortium.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.support.Users;

/**
 * Run history: the stored JCL runs of a project listed with seed, inputs and headline figures, two of them side by
 * side, the list and a run downloaded and parsed back; saved coalition proposals on the project page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RunHistoryPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void twoRunsAreListedAndTheSameSeedGivesNoDifferenceWhileTheListDownloadsWithBothSeeds() throws Exception {
        mvc.perform(post("/projects/iss/schedule/example").with(Users.admin()));
        mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).param("trials", "1000").param("seed", "7"))
                .andExpect(status().isOk());
        mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).param("trials", "1000").param("seed", "7"))
                .andExpect(status().isOk());
        mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).param("trials", "1500").param("seed", "8"))
                .andExpect(status().isOk());

        String page = mvc.perform(get("/projects/iss/schedule/runs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = Pattern.compile("id=\"run-(\\d+)\"").matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(ids).hasSize(3);
        assertThat(page).contains("id=\"runs-table\"", "1,500", "Compare two runs");

        // the two runs with seed 7 are the two oldest (the list is newest first): identical figures
        String same = mvc.perform(get("/projects/iss/schedule/runs/compare").param("run", ids.get(2), ids.get(1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(same).contains("id=\"compare-table\"", "Finish P50", "JCL at the targets");
        Matcher differences = Pattern.compile("<td class=\"num\">([^<]*)</td>\\s*</tr>").matcher(same);
        List<String> diffs = differences.results().map(m -> m.group(1)).toList();
        assertThat(diffs).hasSize(14).allSatisfy(d -> assertThat(Double.parseDouble(d.replace(",", ""))).isZero());

        String other = mvc.perform(get("/projects/iss/schedule/runs/compare").param("run", ids.get(2), ids.get(0)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> otherDiffs = differences.reset(other).results().map(m -> m.group(1)).toList();
        assertThat(otherDiffs.get(1)).as("trials 1,500 − 1,000").isEqualTo("500");
        assertThat(otherDiffs.get(2)).as("seed 8 − 7").isEqualTo("1");

        MvcResult csv = mvc.perform(get("/projects/iss/schedule/runs").param("format", "csv"))
                .andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("Seed")).containsExactly("8", "7", "7");
        assertThat(rows).allSatisfy(r -> assertThat(Double.parseDouble(r.get("JCL at targets (share of trials)")))
                .isBetween(0.0, 1.0));
    }

    @Test
    void comparingOneRunIsRefusedAndARunOfAnotherProjectIsNotFound() throws Exception {
        mvc.perform(get("/projects/iss/schedule/runs/compare").param("run", "1")).andExpect(status().isBadRequest());
        mvc.perform(get("/projects/iss/schedule/runs/compare").param("run", "999998", "999999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theScheduleTabDownloadsARunAsASpreadsheetWithItsSeedAndRecordsIt() throws Exception {
        mvc.perform(post("/projects/iss/schedule/example").with(Users.admin()));
        MvcResult file = mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).param("trials", "1000")
                .param("seed", "11").param("format", "xlsx")).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getHeader("Content-Disposition")).contains("jcl-iss-run-").contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            double seed = -1;
            for (Row row : book.getSheet("Inputs")) {
                if (row.getCell(0).getStringCellValue().equals("Seed")) {
                    seed = row.getCell(1).getNumericCellValue();
                }
            }
            assertThat(seed).isEqualTo(11.0);
            double p50 = 0;
            double p80 = 0;
            for (Row row : book.getSheetAt(0)) {
                switch (row.getCell(0).getStringCellValue()) {
                    case "P50" -> p50 = row.getCell(1).getNumericCellValue();
                    case "P80" -> p80 = row.getCell(1).getNumericCellValue();
                    default -> { }
                }
            }
            assertThat(p80).isGreaterThanOrEqualTo(p50).isPositive();
        }
        assertThat(mvc.perform(get("/projects/iss/schedule/runs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(">11</td>");
    }

    /**
     * One activity of a fixed 1 working day from Friday 5 March 2027 in a Monday-to-Friday week: every figure ends
     * on Monday 8 March (counted on a calendar); the finish target of 3 working days on Wednesday 10 March.
     */
    private static final String ONE_WORKING_DAY = """
            {"plan": {"startDate": "2027-03-05", "calendar": {"workingDays": ["MON", "TUE", "WED", "THU", "FRI"]},
             "targets": {"finish": 3},
             "activities": [{"id": "A", "name": "Assembly", "owner": "esa", "duration": {"dist": "fixed", "value": 1}}]}}""";

    @Test
    void aDatedPlansRunDownloadsAndListsWithItsFinishDatesByTheWorkingCalendar() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/projects/iss/schedule")
                        .with(Users.admin()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .accept(org.springframework.http.MediaType.APPLICATION_JSON).content(ONE_WORKING_DAY))
                .andExpect(status().isOk());
        MvcResult csv = mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).param("trials", "200")
                .param("seed", "5").param("format", "csv")).andExpect(status().isOk()).andReturn();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))).getRecords();
        String dateColumn = "Finish date (working days (Monday to Friday))";
        for (CSVRecord r : rows) {
            switch (r.get("Statistic")) {
                case "P50", "P80", "Mean", "Single-point plan" -> assertThat(r.get(dateColumn)).as(r.get("Statistic"))
                        .isEqualTo("2027-03-08");
                case "Target" -> assertThat(r.get(dateColumn)).isEqualTo("2027-03-10");
                default -> { }
            }
        }
        assertThat(rows).extracting(r -> r.get("Statistic")).contains("P50", "Target");

        MvcResult xlsx = mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).param("trials", "200")
                .param("seed", "6").param("format", "xlsx")).andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            String p50 = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(0).getStringCellValue().equals("P50")) {
                    p50 = row.getCell(2).getStringCellValue();
                }
            }
            assertThat(p50).isEqualTo("2027-03-08");
            String start = null;
            for (Row row : book.getSheet("Inputs")) {
                if (row.getCell(0).getStringCellValue().equals("Start date (day 0)")) {
                    start = row.getCell(1).getStringCellValue();
                }
            }
            assertThat(start).isEqualTo("2027-03-05");
        }

        MvcResult list = mvc.perform(get("/projects/iss/schedule/runs").param("format", "csv"))
                .andExpect(status().isOk()).andReturn();
        List<CSVRecord> runs = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(list.getResponse().getContentAsString(StandardCharsets.UTF_8))).getRecords();
        assertThat(runs).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("Finish P50 date")).isEqualTo("2027-03-08");
            assertThat(r.get("Finish target date")).isEqualTo("2027-03-10");
            assertThat(r.get("Start date (day 0)")).isEqualTo("2027-03-05");
        });

        String page = mvc.perform(get("/projects/iss/schedule/runs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2027-03-08 / 2027-03-08", "2027-03-10");
        List<String> ids = Pattern.compile("id=\"run-(\\d+)\"").matcher(page).results().map(m -> m.group(1)).toList();
        String compare = mvc.perform(get("/projects/iss/schedule/runs/compare").param("run", ids.get(1), ids.get(0)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(compare).contains("2027-03-08", "2027-03-10", "from 2027-03-05, working days (Monday to Friday)");
    }

    @Test
    void savedCoalitionProposalsShowOnTheirProjectPage() throws Exception {
        assertThat(mvc.perform(get("/projects/gateway")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("hx-get=\"/projects/gateway/proposals\"");
        assertThat(mvc.perform(get("/projects/gateway/proposals")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"no-proposals\"");
        jdbc.sql("""
                insert into teaming_proposal (project_id, partner_id, provides, backs_up, cost_usd_millions, objective,
                    created_at) values ('gateway', 'esa', 'habitation', '', 120.5, 'min-cost', current_timestamp)""")
                .update();
        String fragment = mvc.perform(get("/projects/gateway/proposals")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("id=\"project-proposals-table\"", "habitation", "120.5", "min-cost")
                .doesNotContain("<html");
    }
}
