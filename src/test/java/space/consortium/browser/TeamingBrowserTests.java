package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Drives the coalition builder in headless Chromium: Benefits → Coalition builder → a template loaded → solved → the
 * result table, matrix and Pareto chart; then both NASA and CNSA required under the Wolf Amendment → the explanation;
 * the policy switched off → a coalition again, saved to the MSR project as proposed participations.
 */
class TeamingBrowserTests extends ChromiumPages {

    @Test
    void marsSampleReturnTemplateIsStaffedAndThePolicyConflictExplained() throws IOException {
        signIn("teaming-browser", true); // saving a coalition as proposals needs a signed-in user
        browser.get(url("/expertise"));
        browser.findElement(By.cssSelector("#teaming-link a")).click();
        wait.until(ExpectedConditions.urlMatches("/teaming$"));

        new Select(browser.findElement(By.id("template-select"))).selectByValue("mars-sample-return");
        browser.findElement(By.id("load-template")).click();
        wait.until(ExpectedConditions.urlContains("template=mars-sample-return"));
        assertThat(new Select(browser.findElement(By.id("cap0"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("launch-heavy");

        click("solve-button");
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-status")));
        assertThat(status.getText()).isEqualTo("optimal");
        String table = browser.findElement(By.id("result-table")).getText();
        assertThat(table).contains("Sample return", "Rover", "Entry, descent and landing");
        assertThat(browser.findElement(By.id("matrix")).getText()).contains("●");
        waitForChart("pareto-chart");
        waitForChart("bipartite-chart");
        screenshot("teaming-mars-sample-return");

        // require both NASA and CNSA: the Wolf Amendment (ticked by default) makes it impossible, and the page says why
        Select required = new Select(browser.findElement(By.id("required")));
        required.selectByValue("nasa");
        required.selectByValue("cnsa");
        click("solve-button");
        WebElement explanation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("explanation")));
        assertThat(browser.findElement(By.id("result-status")).getText()).isEqualTo("infeasible");
        assertThat(explanation.getText()).contains("nasa", "cnsa", "Wolf Amendment");

        // switching the policy off on the page makes the coalition possible again
        click("policy-wolf-amendment-cnsa");
        click("solve-button");
        wait.until(ExpectedConditions.textToBe(By.id("result-status"), "optimal"));
        assertThat(browser.findElement(By.id("result-table")).getText()).isNotBlank();
        screenshot("teaming-policy-off");

        // save the coalition to the Mars Sample Return project as proposed participations
        new Select(browser.findElement(By.id("propose-project"))).selectByValue("msr");
        click("propose-button");
        WebElement proposals = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposals-table")));
        assertThat(browser.getCurrentUrl()).contains("/teaming/proposals?project=msr");
        assertThat(proposals.getText()).contains("sample-return", "rover-mobility");
    }

    /** Clicks an element after scrolling it to the middle of the window (the footer may cover the bottom). */
    private void click(String id) {
        WebElement element = browser.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
