package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Drives the insights page in headless Chromium: the network drawn, the year slider moved back in time (htmx swaps
 * the network section), the fallback form, and a statistics number followed to the rows behind it.
 */
class InsightsBrowserTests extends ChromiumPages {

    @Test
    void yearSliderRedrawsTheNetworkAsOfThatYear() throws IOException {
        browser.get(url("/insights"));
        waitForChart("network-chart");
        waitForChart("decade-chart");
        waitForChart("accords-chart");
        screenshot("insights");
        scrollTo("decades-title");
        screenshot("insights-decades");
        scrollTo("accords-title");
        screenshot("insights-accords");
        waitForChart("iss-chart");
        scrollTo("iss-title");
        screenshot("insights-iss");
        // The ISS timeline starts with the four parties of the 1988 agreement and leads to its agreement page.
        assertThat(browser.findElement(By.id("iss-parties")).getText()).contains("1988-09-29", "Russia");
        browser.findElement(By.cssSelector("#iss-parties a[href='/agreements/iss-iga-1988']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "1988"));
        browser.get(url("/insights"));
        waitForChart("network-chart");
        String allLinks = browser.findElement(By.id("link-count")).getText();

        WebElement slider = browser.findElement(By.id("year"));
        // a click in the middle of the range moves the thumb there and fires change, as a user's would
        slider.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-title"), "launched by"));
        wait.until(d -> !d.findElement(By.id("link-count")).getText().equals(allLinks));
        assertThat(Integer.parseInt(browser.findElement(By.id("link-count")).getText()))
                .isLessThan(Integer.parseInt(allLinks));
        assertThat(browser.getCurrentUrl()).contains("year=");
        screenshot("insights-early");
    }

    @Test
    void fallbackFormShowsAYearAndANumberLeadsToItsRows() throws IOException {
        browser.get(url("/insights"));
        waitForChart("network-chart");
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('year').value = '2000'; document.getElementById('year-form').submit();");
        wait.until(ExpectedConditions.urlContains("year=2000"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-title"), "launched by 2000"));
        waitForChart("network-chart");

        WebElement esaProjects = browser.findElement(By.cssSelector("#stats-esa a.stat-projects"));
        String count = esaProjects.getText();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", esaProjects);
        esaProjects.click();
        wait.until(ExpectedConditions.urlContains("/projects?partner=esa"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(count);
    }

    @Test
    void partnerProfileLoadsItsInternationalShareAndClosestPartners() throws IOException {
        browser.get(url("/partners/esa"));
        WebElement share = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("international-share")));
        assertThat(share.getText()).endsWith("%");
        assertThat(browser.findElement(By.id("closest-partners")).getText()).contains("NASA");
        scrollTo("partner-insights");
        screenshot("partner-insights");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", id);
    }
}
