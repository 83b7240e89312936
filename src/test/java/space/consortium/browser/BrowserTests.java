package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the real pages in headless Chromium: dashboard → projects search (htmx) → ISS page with its participants and
 * chart → the contribution form, rejected once and then accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

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
    void dashboardToIssProjectToANewContribution() throws IOException {
        browser.get(url("/"));
        assertThat(number("count-partners")).isGreaterThanOrEqualTo(45);
        assertThat(number("count-projects")).isGreaterThanOrEqualTo(45);
        waitForChart("kind-chart");
        screenshot("dashboard");

        browser.findElement(By.linkText("Projects")).click();
        wait.until(ExpectedConditions.urlContains("/projects"));
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("International Space Station");
        wait.until(ExpectedConditions.textToBe(By.id("project-count"), "1"));
        wait.until(ExpectedConditions.urlContains("q=International"));
        browser.findElement(By.cssSelector("#projects-table")).findElement(By.linkText("International Space Station")).click();

        wait.until(ExpectedConditions.urlMatches("/projects/iss$"));
        String participants = browser.findElement(By.id("participants")).getText();
        assertThat(participants).contains("NASA", "Roscosmos", "ESA", "JAXA", "CSA");
        waitForChart("contributions-chart");
        screenshot("iss");

        // Enter follows the link wherever it is on the page (the project tabs put it near the bottom of the window)
        browser.findElement(By.id("add-contribution")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/projects/iss/contributions/new"));
        new Select(browser.findElement(By.id("partnerId"))).selectByValue("asi");
        new Select(browser.findElement(By.id("kind"))).selectByValue("hardware");
        browser.findElement(By.id("sourceUrl")).sendKeys("https://www.asi.it/en/");
        browser.findElement(By.id("save-contribution")).click();

        WebElement feedback = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("element-feedback")));
        assertThat(feedback.getText()).contains("Name the element");
        assertThat(browser.findElement(By.id("element")).getDomAttribute("class")).contains("is-invalid");
        assertThat(new Select(browser.findElement(By.id("partnerId"))).getFirstSelectedOption().getDomAttribute("value"))
                .as("the form keeps what was typed").isEqualTo("asi");

        // Enter submits the form, as a user would; the button is now below the fold, where a click would race
        // Bootstrap's smooth scrolling.
        browser.findElement(By.id("element")).sendKeys("Browser-test contribution", Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches("/projects/iss(#contributions)?$"));
        assertThat(browser.findElement(By.id("contributions-table")).getText()).contains("Browser-test contribution");
        assertThat(browser.findElement(By.cssSelector("#contributions [role=status]")).getText())
                .contains("Browser-test contribution");
        screenshot("contribution-added");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private int number(String id) {
        return Integer.parseInt(browser.findElement(By.id(id)).getText().trim());
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
