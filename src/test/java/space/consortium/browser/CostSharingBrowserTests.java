package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the cost-sharing tab in headless Chromium: ISS page → Cost sharing → a cost entered → the four obligations
 * of the common-operations share table and the net positions chart drawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CostSharingBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private ChromeDriverService service;
    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium not installed: needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (Debian: apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("consortium-chromium-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void issCostSharingTabShowsTheLedgerOfAnEnteredCost() throws IOException {
        browser.get(url("/projects/iss"));
        browser.findElement(By.id("cost-sharing-tab")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/iss/cost-sharing$"));
        assertThat(browser.findElement(By.id("allocation")).getText()).contains("Fair allocation");

        WebElement cost = browser.findElement(By.id("cost"));
        cost.sendKeys("1000000000");
        // Enter submits the ledger form, whose button may be below the visible part of the window
        cost.sendKeys(Keys.ENTER);

        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ledger-table")));
        assertThat(table.getText()).contains("NASA", "JAXA", "ESA", "CSA",
                "766,000,000.00", "128,000,000.00", "83,000,000.00", "23,000,000.00");
        assertThat(browser.getCurrentUrl()).contains("cost=1000000000");
        waitForChart("net-chart");
        screenshot("iss-cost-sharing");
    }

    @Test
    void issCostSharingTabComparesTheAllocationRulesSideBySide() throws IOException {
        browser.get(url("/projects/iss/cost-sharing"));
        // the airport game of Littlechild & Owen: needs 8, 11, 13, 18 give Shapley shares 2, 3, 4, 9
        browser.findElement(By.id("alloc-player-roscosmos")).click();
        fill("need-csa", "8");
        fill("need-esa", "11");
        fill("need-jaxa", "13");
        fill("need-nasa", "18");
        browser.findElement(By.id("allocate-button")).click();

        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("allocation-table")));
        assertThat(table.getText().toLowerCase()).contains("shapley", "nucleolus", "scrb", "banzhaf");
        List<String> shapley = browser.findElements(By.cssSelector("#allocation-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(0).getText()).toList();
        assertThat(shapley).containsExactly("9.00", "2.00", "3.00", "4.00");
        assertThat(browser.findElement(By.id("stability")).getText()).contains("non-empty");
        waitForChart("allocation-chart");
        assertThat(browser.getCurrentUrl()).contains("need.nasa=18");
        screenshot("iss-allocation");
    }

    private void fill(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits until ECharts has drawn into the chart element. */
    private void waitForChart(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " canvas, #" + id + " svg")));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
