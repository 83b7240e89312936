package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Drives the claim form in headless Chromium: choosing a kind shows that kind's fields only; a date claim ("Juice was
 * launched in 2023", ESA: lift-off 14 April 2023) is added, checked as supported, and its evidence row leads to the
 * project's page; the article's Artemis statistic is shown contradicted beside it.
 */
class ClaimsBrowserTests extends ChromiumPages {

    @Test
    void aDateClaimIsAddedCheckedAndItsEvidenceLeadsToTheProject() throws IOException {
        signIn("claims-author", false, "esa");
        browser.get(url("/insights#claim-form"));
        Select kind = new Select(browser.findElement(By.id("claim-kind")));
        kind.selectByValue("date");
        assertThat(browser.findElement(By.id("fields-date")).isDisplayed()).isTrue();
        for (String other : List.of("fields-signature", "fields-count", "fields-share", "fields-external",
                "fields-stated")) {
            assertThat(browser.findElement(By.id(other)).isDisplayed()).as(other).isFalse();
        }
        browser.findElement(By.id("claim-text")).sendKeys("Juice was launched in 2023 (browser test)");
        new Select(browser.findElement(By.id("date-project"))).selectByValue("juice");
        new Select(browser.findElement(By.id("date-when"))).selectByValue("year");
        browser.findElement(By.id("date-value")).sendKeys("2023");
        screenshot("claims-form");
        WebElement submit = browser.findElement(By.id("add-claim"));
        center(submit);
        submit.click();
        wait.until(ExpectedConditions.urlContains("#claims"));

        WebElement row = browser.findElement(By.xpath(
                "//tr[contains(@class,'claim-row')][.//span[@class='claim-text' and contains(., '(browser test)')]]"));
        assertThat(row.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("supported");
        assertThat(row.findElement(By.cssSelector(".computed")).getText()).isEqualTo("launched in 2023");
        assertThat(row.getText()).contains("unsourced");
        assertThat(row.findElements(By.cssSelector("td:first-child a.source-link"))).as("no source link").isEmpty();
        WebElement accords = browser.findElement(By.xpath(
                "//tr[contains(@class,'claim-row')][.//span[@class='claim-text' and starts-with(., 'In 2020, the United States and Russia')]]"));
        assertThat(accords.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("contradicted");
        WebElement summary = row.findElement(By.cssSelector("details.evidence summary"));
        center(summary);
        summary.click();
        screenshot("claims-verdict");
        WebElement evidence = row.findElement(By.cssSelector("a.evidence-link"));
        assertThat(evidence.getAttribute("href")).endsWith("/projects/juice");
        center(evidence);
        evidence.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "JUICE"));
    }

    private void center(WebElement element) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }
}
