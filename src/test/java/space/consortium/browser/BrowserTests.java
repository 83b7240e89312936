package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Drives the real pages in headless Chromium: dashboard → projects search (htmx) → ISS page with its participants and
 * chart → the contribution form, rejected once and then accepted.
 */
class BrowserTests extends ChromiumPages {

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
        // changing data needs a signed-in user: an administrator here (the sign-in page returns to the dashboard)
        signIn("browser-admin", true);
        browser.get(url("/projects/iss"));
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


    private int number(String id) {
        return Integer.parseInt(browser.findElement(By.id(id)).getText().trim());
    }


}
