package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import space.consortium.accounts.UserRequest;

/**
 * The main flows with the keyboard only, as someone who cannot use a mouse would: Tab to move, typing, arrow keys in
 * a list, Space on a check box and Enter to follow a link or submit. No click anywhere.
 */
class KeyboardBrowserTests extends ChromiumPages {

    /** More Tab presses than any page needs to reach a control; a control beyond it counts as unreachable. */
    private static final int MAX_TABS = 150;

    @Test
    void signInAddAContributionAndRunAnAllocationWithTheKeyboardOnly() throws IOException {
        if (accounts.find("keyboard-esa").isEmpty()) {
            accounts.create(new UserRequest("keyboard-esa", "keyboard-esa", PASSWORD, false, List.of("esa"), List.of()));
        }

        // sign in
        browser.get(url("/login"));
        tabTo("username");
        type("keyboard-esa");
        tabTo("password");
        type(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));

        // add a contribution from the project page
        browser.get(url("/projects/iss"));
        tabTo("add-contribution");
        type(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/projects/iss/contributions/new"));
        tabTo("partnerId");
        chooseWithArrows("partnerId", "esa");
        tabTo("kind");
        chooseWithArrows("kind", "hardware");
        tabTo("element");
        type("Keyboard-only contribution");
        tabTo("sourceUrl");
        type("https://www.esa.int/", Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/projects/iss(#contributions)?$"));
        assertThat(browser.findElement(By.id("contributions-table")).getText()).contains("Keyboard-only contribution");

        // run an allocation: the airport game of Littlechild & Owen (needs 8, 11, 13, 18 give Shapley shares 2, 3, 4, 9)
        browser.get(url("/projects/iss/cost-sharing"));
        tabTo("alloc-player-roscosmos");
        type(Keys.SPACE);
        assertThat(browser.findElement(By.id("alloc-player-roscosmos")).isSelected()).isFalse();
        for (String[] need : new String[][] {{"csa", "8"}, {"esa", "11"}, {"jaxa", "13"}, {"nasa", "18"}}) {
            tabTo("need-" + need[0]);
            type(need[1]);
        }
        tabTo("allocate-button");
        type(Keys.ENTER);
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("allocation-table")));
        List<String> shapley = table.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(0).getText()).toList();
        assertThat(shapley).containsExactly("9.00", "2.00", "3.00", "4.00");
        screenshot("keyboard-allocation");
    }

    /** Presses Tab until the element with the id has the focus; fails when it is never reached. */
    private void tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (id.equals(browser.switchTo().activeElement().getDomAttribute("id"))) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("#" + id + " is not reached with " + MAX_TABS + " presses of Tab on "
                + browser.getCurrentUrl());
    }

    /** Types into whatever has the focus. */
    private void type(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Moves through a focused list with the arrow keys until the option with the value is chosen. */
    private void chooseWithArrows(String id, String value) {
        WebElement select = browser.findElement(By.id(id));
        for (int i = 0; i < 200 && !value.equals(select.getDomProperty("value")); i++) {
            type(Keys.ARROW_DOWN);
        }
        assertThat(select.getDomProperty("value")).as("#%s chosen with the arrow keys", id).isEqualTo(value);
    }
}
