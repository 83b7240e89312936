package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the relay planner in headless Chromium: the default plan drawn (timeline and per-sol chart), an orbiter
 * toggled off for a what-if, and a plan with no orbiter rejected with the field named.
 */
class RelayBrowserTests extends ChromiumPages {

    @Test
    void theOperationsPageLeadsToThePlannerWhichDrawsTheTimelineAndAWhatIf() throws IOException {
        browser.get(url("/operations"));
        browser.findElement(By.cssSelector("#relay-link a.btn")).click();
        WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(60));
        slow.until(ExpectedConditions.urlContains("/relay"));
        slow.until(ExpectedConditions.presenceOfElementLocated(By.id("relay-timeline")));
        waitForChart("relay-timeline");
        waitForChart("relay-per-sol");
        assertThat(Integer.parseInt(browser.findElement(By.id("relay-chosen-count")).getText())).isPositive();
        assertThat(browser.findElement(By.id("relay-allocation")).getText()).contains("NASA", "ESA");
        screenshot("relay");
        scrollTo("timeline-title");
        screenshot("relay-timeline");

        WebElement loseTgo = browser.findElement(By.id("lose-tgo"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                loseTgo);
        loseTgo.click();
        browser.findElement(By.id("relay-submit")).click();
        slow.until(ExpectedConditions.urlContains("lose=tgo"));
        slow.until(ExpectedConditions.presenceOfElementLocated(By.id("relay-what-if")));
        waitForChart("relay-what-if-chart");
        assertThat(browser.findElement(By.id("what-if-table")).getText()).contains("Curiosity", "Perseverance"); // by name, not by id
        scrollTo("relay-what-if");
        screenshot("relay-what-if");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", id);
    }

    @Test
    void aPlanWithoutOrbitersIsRejectedNamingTheField() {
        browser.get(url("/relay?lander=curiosity&start=2026-01-01&days=1&mask=10&propagator=auto"));
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("relay-errors")));
        assertThat(errors.getText()).contains("orbiters");
    }
}
