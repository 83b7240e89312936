package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import space.consortium.projects.Participation;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;

/**
 * The project form in a real browser: an administrator creates a project with participants added as rows, its
 * coordinator edits it (a role changed, a row added), and an edit that someone else overtook shows theirs beside yours.
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
        browser.findElement(By.id("costMillions")).sendKeys("5000");
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
        new Select(browser.findElement(By.id("participants1.role"))).selectByValue("partner");
        addRow("csa", "contributor");
        browser.findElement(By.id("destination")).sendKeys(Keys.ENTER); // saves: a row's Remove is not the default

        wait.until(ExpectedConditions.urlMatches("/projects/browser-gateway$"));
        assertThat(participation("jaxa").role()).isEqualTo("partner");
        assertThat(participation("csa").role()).isEqualTo("contributor");
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
