package space.consortium.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import space.consortium.accounts.AccountService;
import space.consortium.accounts.UserRequest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port and a fresh headless Debian Chromium per test
 * (skipped, with the reason, where Chromium is not installed; with {@code CI=true} a missing Chromium fails instead).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ChromiumPages {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;
    private ChromeDriverService service;
    private Path profile;
    /** Where files the pages offer for download land. */
    Path downloads;

    @BeforeEach
    void startBrowser() throws IOException {
        requireChromium(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), System.getenv("CI"));
        profile = Files.createTempDirectory("consortium-chromium-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                downloads.toAbsolutePath().toString(), "download.prompt_for_download", false,
                "profile.default_content_setting_values.automatic_downloads", 1));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /**
     * Skips the test, with the reason, where Chromium is not installed; on CI ({@code CI=true}, which CI services set)
     * a missing Chromium fails it instead, so that a broken CI image cannot turn the browser tests into silent skips.
     */
    static void requireChromium(boolean installed, @Nullable String ci) {
        if (installed) {
            return;
        }
        String reason = "Chromium not installed: needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(ci == null ? null : ci.strip())) {
            Assertions.fail(reason + "; CI=true, so the browser tests must run, not skip");
        }
        Assumptions.assumeTrue(false, reason);
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

    @Autowired
    AccountService accounts;

    /** Password of the users that {@link #signIn} creates. */
    static final String PASSWORD = "browser-test-password";

    /**
     * Signs in through the sign-in form as the named user, creating them first (as the command line would) with
     * the given partner memberships, or as an admin when {@code admin} is true.
     */
    void signIn(String username, boolean admin, String... partners) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(new UserRequest(username, username, PASSWORD, admin, List.of(partners), List.of()));
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits until ECharts has drawn into the chart element. */
    void waitForChart(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " canvas, #" + id + " svg")));
    }

    /** Waits until a download whose name ends with {@code suffix} is complete, and returns it. */
    Path waitForDownload(String suffix) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Saves a screenshot as target/screenshots/NAME.png, to look at (not committed). */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS.resolve(name + ".png").getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
