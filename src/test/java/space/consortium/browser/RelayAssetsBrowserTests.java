package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import space.consortium.accounts.UserRequest;
import space.consortium.relay.RelayAssetRequest;
import space.consortium.relay.RelayAssetService;

/**
 * The relay asset form in a real browser: a partner member (a contributor) who opens the form signed out is sent to
 * sign in and comes back to it, creates an orbiter for their partner (a bad eccentricity first, shown at its field),
 * then edits it; the list and the form fit 390 px and 1366 px.
 */
class RelayAssetsBrowserTests extends ChromiumPages {

    @Autowired
    RelayAssetService assets;

    /** The assets made here are removed again: other tests of the same context count the shipped ones. */
    @AfterEach
    void removeTheAssetsMadeHere() {
        assets.list().stream().map(RelayAssetRequest::id).filter(id -> id != null && id.startsWith("browser-"))
                .forEach(assets::delete);
    }

    @Test
    void aPartnerMemberCreatesAnOrbiterThroughTheFormAndEditsIt() throws IOException {
        if (accounts.find("relay-esa-member").isEmpty()) {
            accounts.create(new UserRequest("relay-esa-member", "relay-esa-member", PASSWORD, false, List.of("esa"),
                    List.of()));
        }
        browser.manage().deleteAllCookies();
        browser.get(url("/relay/assets/new"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("relay-esa-member");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.urlContains("/relay/assets/new"));

        browser.findElement(By.id("id")).sendKeys("browser-relay");
        browser.findElement(By.id("name")).sendKeys("Browser relay orbiter");
        new Select(browser.findElement(By.id("kind"))).selectByValue("orbiter");
        assertThat(new Select(browser.findElement(By.id("owner"))).getFirstSelectedOption().getDomAttribute("value"))
                .as("a member of one partner has it chosen").isEqualTo("esa");
        browser.findElement(By.id("semiMajorAxisKm")).sendKeys("3796.19");
        browser.findElement(By.id("e")).sendKeys("1.2");
        browser.findElement(By.id("inclinationDeg")).sendKeys("74");
        browser.findElement(By.id("epoch")).sendKeys("2026-01-01T00:00:00Z");
        new Select(browser.findElement(By.id("radio"))).selectByValue("electra");
        browser.findElement(By.id("sourceUrl")).sendKeys("https://example.org/browser-relay");
        fits("relay-asset-new");
        click("save-asset");

        WebElement feedback = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("e-feedback")));
        assertThat(feedback.getText()).contains("does not describe a closed orbit");
        assertThat(browser.findElement(By.id("e")).getDomAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).as("the form keeps what was typed")
                .isEqualTo("Browser relay orbiter");
        WebElement e = browser.findElement(By.id("e"));
        e.clear();
        e.sendKeys("0.01");
        click("save-asset");

        wait.until(ExpectedConditions.urlMatches("/relay/assets$"));
        assertThat(browser.findElement(By.id("orbiters-table")).getText()).contains("Browser relay orbiter");
        assertThat(assets.get("browser-relay").elements().e()).isEqualTo(0.01);
        assertThat(browser.findElements(By.id("edit-mro"))).as("NASA's orbiter is not ESA's to edit").isEmpty();
        fits("relay-assets");

        click("edit-browser-relay");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("asset-form")));
        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Browser relay orbiter (edited)");
        WebElement inclination = browser.findElement(By.id("inclinationDeg"));
        inclination.clear();
        inclination.sendKeys("92.5");
        fits("relay-asset-edit");
        click("save-asset");

        wait.until(ExpectedConditions.urlMatches("/relay/assets$"));
        RelayAssetRequest saved = assets.get("browser-relay");
        assertThat(saved.name()).isEqualTo("Browser relay orbiter (edited)");
        assertThat(saved.elements().iDeg()).isEqualTo(92.5);
        assertThat(saved.version()).isEqualTo(1L);
        screenshot("relay-asset-saved");
    }

    /** The page fits 1366 px and 390 px without scrolling sideways. */
    private void fits(String name) throws IOException {
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Number scroll = (Number) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth");
            screenshot(name + "-" + width);
            assertThat(scroll.intValue()).as("%s: page width at %d px", name, width).isLessThanOrEqualTo(width);
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private void click(String id) {
        WebElement element = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
