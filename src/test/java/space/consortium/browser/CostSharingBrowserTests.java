package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Drives the cost-sharing tab in headless Chromium: ISS page → Cost sharing → a cost entered → the four obligations
 * of the common-operations share table and the net positions chart drawn.
 */
class CostSharingBrowserTests extends ChromiumPages {

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

    private void fill(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }



}
