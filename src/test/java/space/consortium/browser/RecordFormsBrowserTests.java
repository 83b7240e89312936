package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import space.consortium.accounts.UserRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import space.consortium.projects.Participation;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;

/**
 * The project form in a real browser: an administrator creates a project with participants added as rows and a cost
 * typed in full (1,250,000,000 EUR at 2019 prices, read back from the page and the API), its coordinator edits it (the
 * cost, a role changed, a row added), and an edit that someone else overtook shows theirs beside yours.
 */
class RecordFormsBrowserTests extends ChromiumPages {

    @Autowired ProjectService projects;
    @Autowired JdbcClient jdbc;

    /** The projects these tests made are removed again: other tests of the same context count the shipped ones. */
    @AfterEach
    void removeTheRecordsMadeHere() {
        projects.all().stream().map(Project::id).filter(id -> id.startsWith("browser-")).forEach(projects::delete);
    }

    @Test
    void anAdministratorCreatesAProjectWithParticipantsAndItsCoordinatorEditsThem() throws IOException {
        signIn("forms-admin", true);
        browser.get(url("/projects"));
        click("new-project");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project-form")));
        browser.findElement(By.id("id")).sendKeys("browser-gateway");
        browser.findElement(By.id("name")).sendKeys("Browser Gateway");
        browser.findElement(By.id("destination")).sendKeys("Moon (NRHO)");
        new Select(browser.findElement(By.id("status"))).selectByValue("planned");
        browser.findElement(By.id("launchYear")).sendKeys("2028");
        new Select(browser.findElement(By.id("leadPartnerId"))).selectByValue("nasa");
        browser.findElement(By.id("cost.amount")).sendKeys("1,250,000,000");
        new Select(browser.findElement(By.id("cost.currency"))).selectByValue("EUR");
        browser.findElement(By.id("cost.priceYear")).sendKeys("2019");
        browser.findElement(By.id("sourceUrl")).sendKeys("https://example.org/browser-gateway");
        addRow("esa", "partner");
        addRow("jaxa", "contributor");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).as("typed input survives a row added")
                .isEqualTo("Browser Gateway");
        fitsAt390("forms-project-new");
        click("save-project");
        wait.until(ExpectedConditions.urlMatches("/projects/browser-gateway$"));
        assertThat(browser.findElement(By.id("participants")).getText()).contains("ESA", "JAXA");
        assertThat(projects.get("browser-gateway").leadPartnerId()).isEqualTo("nasa");
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).as("the cost on the project page")
                .contains("EUR 1,250,000,000 (2019 prices)");
        JsonNode cost = apiProject("browser-gateway").path("cost");
        assertThat(cost.path("amount").decimalValue()).isEqualByComparingTo("1250000000");
        assertThat(cost.path("currency").asString()).isEqualTo("EUR");
        assertThat(cost.path("priceYear").asInt()).isEqualTo(2019);

        browser.manage().deleteAllCookies();
        if (accounts.find("forms-coordinator").isEmpty()) {
            accounts.create(new UserRequest("forms-coordinator", "forms-coordinator", PASSWORD, false, List.of(),
                    List.of("browser-gateway")));
        }
        signInAs("forms-coordinator");
        browser.get(url("/projects/browser-gateway"));
        assertThat(browser.findElements(By.id("delete-project"))).as("deleting is the administrators'").isEmpty();
        click("edit-project");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project-form")));
        assertThat(browser.findElement(By.id("cost.amount")).getDomProperty("value")).as("the stored cost in the form")
                .isEqualTo("1,250,000,000");
        assertThat(new Select(browser.findElement(By.id("cost.currency"))).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo("EUR");
        WebElement amount = browser.findElement(By.id("cost.amount"));
        amount.clear();
        amount.sendKeys("1,300,000,000");
        WebElement year = browser.findElement(By.id("cost.priceYear"));
        year.clear();
        year.sendKeys("2020");
        new Select(browser.findElement(By.id("participants1.role"))).selectByValue("partner");
        addRow("csa", "contributor");
        browser.findElement(By.id("destination")).sendKeys(Keys.ENTER); // saves: a row's Remove is not the default

        wait.until(ExpectedConditions.urlMatches("/projects/browser-gateway$"));
        assertThat(participation("jaxa").role()).isEqualTo("partner");
        assertThat(participation("csa").role()).isEqualTo("contributor");
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("EUR 1,300,000,000 (2020 prices)");
        cost = apiProject("browser-gateway").path("cost");
        assertThat(cost.path("amount").decimalValue()).isEqualByComparingTo("1300000000");
        assertThat(cost.path("currency").asString()).isEqualTo("EUR");
        assertThat(cost.path("priceYear").asInt()).isEqualTo(2020);
        screenshot("forms-project-saved");
    }

    @Test
    void anEditOvertakenBySomeoneElseShowsTheirsAndYoursAndSavesOnlyWhenAppliedAgain() throws IOException {
        if (projects.all().stream().noneMatch(p -> p.id().equals("browser-stale"))) {
            projects.saveWithParticipants(null, new space.consortium.projects.ProjectRequest("browser-stale", "Stale demo",
                    null, "planned", null, "esa", null, null, "https://example.org/stale", null), List.of(), java.util.Set.of());
        }
        signIn("forms-admin-stale", true);
        browser.get(url("/projects/browser-stale/edit"));
        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Mine: renamed in the browser");
        jdbc.sql("update project set name = 'Theirs: renamed meanwhile', version = version + 1 where id = 'browser-stale'").update();
        click("save-project");
        WebElement warning = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stale-warning")));
        assertThat(warning.getText()).contains("Changed by someone else since you opened it",
                "Theirs: renamed meanwhile", "Mine: renamed in the browser");
        assertThat(projects.get("browser-stale").name()).isEqualTo("Theirs: renamed meanwhile");
        screenshot("forms-project-stale-1366");
        fitsAt390("forms-project-stale");
        click("save-project");
        wait.until(ExpectedConditions.urlMatches("/projects/browser-stale$"));
        Project saved = projects.get("browser-stale");
        assertThat(saved.name()).isEqualTo("Mine: renamed in the browser");
    }

    /** The project as {@code GET /api/projects/{id}} answers it (reading needs no account). */
    private JsonNode apiProject(String id) throws IOException {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/projects/" + id)))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Clicks the element after scrolling it to the middle of the window (clear of the sticky bars). */
    private void click(String id) {
        WebElement element = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void addRow(String partner, String role) {
        int rows = browser.findElements(By.cssSelector(".participant-row")).size();
        click("add-participant");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("participants" + rows + ".partnerId")));
        new Select(browser.findElement(By.id("participants" + rows + ".partnerId"))).selectByValue(partner);
        new Select(browser.findElement(By.id("participants" + rows + ".role"))).selectByValue(role);
    }

    /** At a phone's width the page does not scroll sideways; screenshots at 390 and 1366 px to look at. */
    private void fitsAt390(String name) throws IOException {
        screenshot(name + "-1366");
        browser.manage().window().setSize(new Dimension(390, 900));
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        screenshot(name + "-390");
        browser.manage().window().setSize(new Dimension(1366, 900));
        assertThat(width.intValue()).as("page width at 390 px").isLessThanOrEqualTo(390);
    }

    private void signInAs(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        click("sign-in-button");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
    }

    private Participation participation(String partner) {
        return projects.participationsOf(partner).stream().filter(p -> p.projectId().equals("browser-gateway"))
                .findFirst().orElseThrow();
    }
}
