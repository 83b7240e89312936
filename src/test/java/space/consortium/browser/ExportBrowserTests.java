package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A result taken away from the page, anonymously: the airport game of Littlechild &amp; Owen on the ISS cost-sharing
 * tab, its "CSV" and "Spreadsheet (.xlsx)" buttons clicked, the downloaded files parsed back; and the search box.
 */
class ExportBrowserTests extends ChromiumPages {

    @Test
    void theAllocationDownloadsAsCsvAndSpreadsheetWithThePublishedShapleyShares() throws Exception {
        browser.get(url("/projects/iss/cost-sharing"));
        // needs 8, 11, 13, 18 give Shapley shares 2, 3, 4, 9 (Littlechild & Owen 1973)
        browser.findElement(By.id("alloc-player-roscosmos")).click();
        fill("need-csa", "8");
        fill("need-esa", "11");
        fill("need-jaxa", "13");
        fill("need-nasa", "18");
        browser.findElement(By.id("allocate-button")).click();
        WebElement csvButton = wait.until(ExpectedConditions.elementToBeClickable(By.id("allocation-csv")));
        assertThat(csvButton.getText()).isEqualTo("CSV");
        assertThat(browser.findElement(By.id("allocation-xlsx")).getText()).isEqualTo("Spreadsheet (.xlsx)");

        click(csvButton);
        Path csv = waitForDownload(".csv");
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get("Partner id").isEmpty() ? r.get("Partner") : r.get("Partner id"), r);
            }
        }
        String shapley = "Shapley value (as entered)";
        assertThat(new BigDecimal(rows.get("csa").get(shapley))).isEqualByComparingTo("2");
        assertThat(new BigDecimal(rows.get("esa").get(shapley))).isEqualByComparingTo("3");
        assertThat(new BigDecimal(rows.get("jaxa").get(shapley))).isEqualByComparingTo("4");
        assertThat(new BigDecimal(rows.get("nasa").get(shapley))).isEqualByComparingTo("9");
        assertThat(new BigDecimal(rows.get("Total").get(shapley))).isEqualByComparingTo("18");

        click(browser.findElement(By.id("allocation-xlsx")));
        Path xlsx = waitForDownload(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet result = book.getSheetAt(0);
            int column = -1;
            for (int c = 0; c < result.getRow(0).getLastCellNum(); c++) {
                if (result.getRow(0).getCell(c).getStringCellValue().equals(shapley)) {
                    column = c;
                }
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            for (Row row : result) {
                if (row.getRowNum() > 0) {
                    shares.put(row.getCell(1).getStringCellValue(), row.getCell(column).getNumericCellValue());
                }
            }
            assertThat(shares).containsEntry("csa", 2.0).containsEntry("nasa", 9.0);
            Map<String, String> inputs = new LinkedHashMap<>();
            for (Row row : book.getSheet("Inputs")) {
                inputs.put(row.getCell(0).getStringCellValue(), row.getCell(1) == null ? "" : row.getCell(1).toString());
            }
            assertThat(inputs).containsEntry("Cost model", "airport").containsKey("need.nasa").containsKey("Seed");
        }
    }

    @Test
    void theSearchBoxFindsAnAgencyByCountryName() {
        browser.get(url("/"));
        WebElement box = browser.findElement(By.id("site-search-q"));
        if (!box.isDisplayed()) {
            browser.findElement(By.cssSelector(".navbar-toggler")).click();
            wait.until(ExpectedConditions.visibilityOf(box));
        }
        box.sendKeys("Japan");
        box.submit();
        WebElement partners = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-partners")));
        assertThat(partners.getText()).contains("Japan Aerospace Exploration Agency (JAXA)");
        partners.findElement(By.linkText("Japan Aerospace Exploration Agency (JAXA)")).click();
        wait.until(ExpectedConditions.urlMatches("/partners/jaxa$"));
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void click(WebElement element) {
        // the button may sit below the window's fold while the chart above it is still being laid out
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
