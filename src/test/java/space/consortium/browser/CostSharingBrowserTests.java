package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives the cost-sharing tab in headless Chromium: ISS page → Cost sharing → a cost entered → the four obligations
 * of the common-operations share table and the net positions chart drawn; and the conversion tables the ledger uses,
 * reached from the navigation bar, where an administrator deletes a rate after the confirmation page.
 */
class CostSharingBrowserTests extends ChromiumPages {

    /** A year no shipped table has; the rate made here is removed again. */
    private static final int YEAR = 2096;

    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeTheRateMadeHere() {
        jdbc.sql("delete from exchange_rate where rate_year = :y").param("y", YEAR).update();
        jdbc.sql("delete from audit_event where entity = 'exchange-rate' and entity_id like :y")
                .param("y", "%" + YEAR).update();
    }

    @Test
    void issCostSharingTabShowsTheLedgerOfAnEnteredCost() throws IOException {
        browser.get(url("/projects/iss"));
        browser.findElement(By.id("cost-sharing-tab")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/iss/cost-sharing$"));
        assertThat(browser.findElement(By.id("allocation")).getText()).contains("Fair allocation");

        WebElement cost = browser.findElement(By.id("cost"));
        cost.sendKeys("1000000000");
        // Enter submits the ledger form, whose button may be below the visible part of the window
        cost.sendKeys(Keys.ENTER);

        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ledger-table")));
        assertThat(table.getText()).contains("NASA", "JAXA", "ESA", "CSA",
                "766,000,000.00", "128,000,000.00", "83,000,000.00", "23,000,000.00");
        assertThat(browser.getCurrentUrl()).contains("cost=1000000000");
        waitForChart("net-chart");
        screenshot("iss-cost-sharing");
    }

    @Test
    void issCostSharingTabComparesTheAllocationRulesSideBySide() throws IOException {
        browser.get(url("/projects/iss/cost-sharing"));
        // the airport game of Littlechild & Owen: needs 8, 11, 13, 18 give Shapley shares 2, 3, 4, 9
        browser.findElement(By.id("alloc-player-roscosmos")).click();
        fill("need-csa", "8");
        fill("need-esa", "11");
        fill("need-jaxa", "13");
        fill("need-nasa", "18");
        browser.findElement(By.id("allocate-button")).click();

        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("allocation-table")));
        assertThat(table.getText().toLowerCase()).contains("shapley", "nucleolus", "scrb", "banzhaf");
        List<String> shapley = browser.findElements(By.cssSelector("#allocation-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(0).getText()).toList();
        assertThat(shapley).containsExactly("9.00", "2.00", "3.00", "4.00");
        assertThat(browser.findElement(By.id("stability")).getText()).contains("non-empty");
        waitForChart("allocation-chart");
        assertThat(browser.getCurrentUrl()).contains("need.nasa=18");
        screenshot("iss-allocation");
    }

    @Test
    void everyRuleOfAFivePartnerAllocationShowsInTheCardWithoutScrolling() throws IOException {
        // five partners and an amount in the tens of millions: eight rule columns of figures like 54,531,250.00
        browser.get(url("/projects/iss/cost-sharing?model=airport&player=nasa&player=csa&player=esa&player=jaxa"
                + "&player=roscosmos&need.nasa=100&need.csa=20&need.esa=40&need.jaxa=45&need.roscosmos=60"
                + "&amount=93750000&compute=1"));
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("allocation-table")));
        assertThat(table.getText().toLowerCase()).contains("equal savings", "93,750,000.00");
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "var box = document.getElementById('allocation-table').parentElement;"
                        + "return [box.scrollWidth, box.clientWidth, window.innerWidth];");
        List<?> w = (List<?>) widths;
        assertThat(((Number) w.get(2)).intValue()).as("window width").isGreaterThanOrEqualTo(1300);
        assertThat(((Number) w.get(0)).intValue()).as("table width within its card (%s)", w)
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
        screenshot("iss-allocation-five-partners");
    }

    private void fill(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }




    @Test
    void anAdministratorDeletesARateFromTheConversionTablesAndItIsGone() throws IOException {
        jdbc.sql("""
                insert into exchange_rate (currency, rate_year, rate, quote, source_url)
                values ('CAD', :y, 1.5, 'units_per_usd', 'https://example.org/browser-rate')""").param("y", YEAR).update();
        signIn("conversion-admin", true);
        browser.get(url("/"));
        browser.findElement(By.linkText("Benefits")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-conversion-tables"))).click();
        wait.until(ExpectedConditions.urlMatches("/conversion-tables$"));

        String delete = "delete-rate-CAD-" + YEAR;
        WebElement button = browser.findElement(By.id(delete));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        button.click();
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-delete")));
        assertThat(browser.findElement(By.id("delete-form")).getText()).contains("CAD " + YEAR, "1.5 CAD per US dollar");
        screenshot("conversion-delete-confirm");
        confirm.click();

        wait.until(ExpectedConditions.urlMatches("/conversion-tables$"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("Deleted the CAD rate of " + YEAR);
        assertThat(browser.findElements(By.id(delete))).as("the row is gone from the page").isEmpty();
        assertThat(jdbc.sql("select count(*) from exchange_rate where rate_year = :y").param("y", YEAR)
                .query(Long.class).single()).isZero();
    }
}
