package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Drives the risk pages in headless Chromium: ISS page → Risks tab → a risk added with the form → its page with the
 * history and trend → edited → back on the register, counted in the heat map; and a fleet comparison run.
 */
class RiskBrowserTests extends ChromiumPages {

    @Test
    void aRiskAddedOnTheRisksTabAppearsInTheRegisterHeatMapAndHistory() throws IOException {
        signIn("risk-browser", false, "nasa"); // NASA owns the risk added below
        browser.get(url("/projects/iss"));
        browser.findElement(By.id("risks-tab")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/iss/risks$"));
        waitForChart("risk-heatmap");

        browser.findElement(By.id("add-risk")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("risk-form")));
        browser.findElement(By.id("title")).sendKeys("Cargo gap after a launcher failure");
        browser.findElement(By.id("condition")).sendKeys("only one launcher family carries US cargo");
        browser.findElement(By.id("consequence")).sendKeys("the crew reserve falls below 45 days");
        new Select(browser.findElement(By.id("ownerPartnerId"))).selectByValue("nasa");
        new Select(browser.findElement(By.id("likelihood"))).selectByValue("4");
        new Select(browser.findElement(By.id("consequenceLevel"))).selectByValue("4");
        new Select(browser.findElement(By.id("domain"))).selectByValue("safety");
        new Select(browser.findElement(By.id("disposition"))).selectByValue("mitigate");
        browser.findElement(By.id("mitigation")).sendKeys("Fly Cygnus on Atlas V while Antares returns to flight");
        // the ISS states no cost: the form starts the risk's cost in US dollars of this year; choose euros
        assertThat(new Select(browser.findElement(By.id("costCurrency"))).getFirstSelectedOption().getText())
                .isEqualTo("USD");
        browser.findElement(By.id("costMode")).sendKeys("2500000");
        new Select(browser.findElement(By.id("costCurrency"))).selectByValue("EUR");
        browser.findElement(By.id("costPriceYear")).clear();
        browser.findElement(By.id("costPriceYear")).sendKeys("2021");
        submit("save-risk");

        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("risk-history")));
        assertThat(history.getText()).contains("created", "L4×C4");
        assertThat(browser.findElement(By.id("risk-cost")).getText()).isEqualTo("EUR 2,500,000, 2021 prices");
        assertThat(browser.findElement(By.id("flash")).getText()).contains("Cargo gap after a launcher failure");
        // one rating is not a trend: the page says so instead of drawing a single dot
        assertThat(browser.findElements(By.id("risk-trend"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Rated once so far");

        browser.findElement(By.id("edit-risk")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("risk-form")));
        new Select(browser.findElement(By.id("likelihood"))).selectByValue("2");
        browser.findElement(By.id("changeNote")).sendKeys("Cygnus OA-4 flew on Atlas V");
        submit("save-risk");
        history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("risk-history")));
        assertThat(history.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(history.getText()).contains("updated", "L2×C4", "Cygnus OA-4 flew on Atlas V",
                "risk-browser"); // the change is the signed-in user's: the form asks no name
        waitForChart("risk-trend");
        screenshot("iss-risk");

        browser.findElement(By.linkText("Risks")).click();
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("risk-table")));
        assertThat(table.getText()).contains("Cargo gap after a launcher failure", "L2×C4", "down");
        waitForChart("risk-heatmap");
        waitForChart("risk-over-time");
        // the heat map's zone colours are the page's own (the CSS variables of the zone badges), with a legend
        Object legend = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                var option = echarts.getInstanceByDom(document.getElementById('risk-heatmap')).getOption();
                var css = getComputedStyle(document.documentElement);
                var map = option.visualMap[0];
                return [map.show, map.pieces.map(function (p) { return p.label; }).join('|'),
                  map.pieces.every(function (p, i) {
                    return p.color === css.getPropertyValue('--c-zone-' + ['vl', 'l', 'm', 'h', 'vh'][i]).trim();
                  })];""");
        assertThat(legend).isEqualTo(java.util.List.of(true, "very low|low|medium|high|very high / red", true));
        assertThat(browser.findElement(By.id("risk-changes")).getText()).contains("updated", "created");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1900));
        screenshot("iss-risks");
    }

    @Test
    void theFleetPageComparesTheIssFleetWithOnePartnersFleet() throws IOException {
        browser.get(url("/risk"));
        browser.findElement(By.id("fleet-link")).click();
        wait.until(ExpectedConditions.urlMatches("/risk/fleet$"));
        waitForChart("replay-chart");
        WebElement trials = browser.findElement(By.id("trials"));
        trials.clear();
        trials.sendKeys("4000");
        submit("run-fleets");

        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fleet-results")));
        assertThat(results.findElements(By.cssSelector("tbody tr"))).hasSize(3);
        assertThat(results.getText()).contains("ISS fleet of 2015", "One partner: Progress only", "%");
        waitForChart("fleet-bands-0");
        waitForChart("fleet-bands-2");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 2800));
        screenshot("fleet-resilience");
    }

    /**
     * Clicks a submit button that may be below the visible part of the window (Bootstrap scrolls smoothly, so a
     * scroll-then-click can land on the footer; the script click is what a user's click does).
     */
    private void submit(String id) {
        WebElement button = browser.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", button);
    }
}
