package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each visitor sees the controls they may use and no other: anonymous visitors and observers none, a partner member
 * those of its own partner's records, an administrator all. A form page sends an anonymous visitor to sign in and
 * back; a form posted after the session expired comes back after sign-in with what was typed.
 */
class RoleAwarePagesBrowserTests extends ChromiumPages {

    @Test
    void anonymousVisitorsAndObserversSeeNoEditControls() throws IOException {
        assertNoEditControls("anonymous");
        screenshot("roles-anonymous-iss");

        signIn("observer-browser", false);
        assertNoEditControls("an observer");
        screenshot("roles-observer-catalogue");
    }

    @Test
    void aPartnerMemberSeesControlsForItsOwnPartnersRecordsOnly() {
        signIn("esa-roles", false, "esa");
        browser.get(url("/projects/iss"));
        assertThat(browser.findElements(By.id("add-contribution"))).hasSize(1);
        List<WebElement> rows = browser.findElements(By.cssSelector("#contributions-table tbody tr"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            boolean esa = row.findElement(By.cssSelector("td")).getText().contains("ESA");
            assertThat(row.findElements(By.linkText("Edit"))).as(row.getText()).hasSize(esa ? 1 : 0);
        }

        browser.get(url("/teaming/catalogue"));
        List<WebElement> removes = browser.findElements(By.xpath("//button[normalize-space()='Remove']"));
        assertThat(removes).isNotEmpty().allSatisfy(b -> assertThat(b.getDomAttribute("aria-label")).contains("ESA"));
        assertThat(browser.findElements(By.id("capability-form"))).as("adding a capability is the admins'").isEmpty();

        browser.get(url("/projects/iss/risks"));
        assertThat(browser.findElements(By.id("add-risk"))).hasSize(1);
        assertThat(browser.findElements(By.id("save-matrix"))).as("the matrix is the coordinators'").isEmpty();
    }

    @Test
    void anAdministratorSeesEveryControl() {
        signIn("admin-roles", true);
        browser.get(url("/teaming/catalogue"));
        int offers = browser.findElements(By.cssSelector(".catalogue-table tbody tr td:nth-child(2) a")).size();
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Remove']"))).hasSize(offers);
        assertThat(browser.findElements(By.id("capability-form"))).hasSize(1);
        browser.get(url("/projects/iss/risks"));
        assertThat(browser.findElements(By.id("save-matrix"))).hasSize(1);
        assertThat(browser.findElements(By.id("add-risk"))).hasSize(1);
    }

    @Test
    void aFormPageSendsAnAnonymousVisitorToSignInAndBack() {
        accounts.find("esa-return").ifPresentOrElse(u -> { }, () -> accounts.create(
                new space.consortium.accounts.UserRequest("esa-return", "esa-return", PASSWORD, false, List.of("esa"), List.of())));
        browser.get(url("/projects/iss/contributions/new"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("esa-return");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/iss/contributions/new$"));
        assertThat(browser.findElements(By.id("contribution-form"))).hasSize(1);
    }

    @Test
    void theNavigationsSignInLinkComesBackToThePageItWasOn() {
        accounts.find("esa-return").ifPresentOrElse(u -> { }, () -> accounts.create(
                new space.consortium.accounts.UserRequest("esa-return", "esa-return", PASSWORD, false, List.of("esa"), List.of())));
        browser.get(url("/projects/iss/risks?partner=nasa"));
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("esa-return");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/iss/risks\\?partner=nasa$"));
        assertThat(browser.findElements(By.id("add-risk"))).as("now signed in as a member").hasSize(1);
    }

    @Test
    void aFormPostedAfterTheSessionExpiredComesBackAfterSignInWithTheInput() throws IOException {
        signIn("esa-expired", false, "esa");
        browser.get(url("/projects/iss/contributions/new"));
        browser.findElement(By.id("element")).sendKeys("Typed before the session expired");
        browser.manage().deleteCookieNamed("SESSION"); // the session expires while the user types
        browser.findElement(By.id("contribution-form")).submit();

        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("esa-expired");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();

        wait.until(ExpectedConditions.urlMatches("/projects/iss/contributions/new$"));
        wait.until(ExpectedConditions.attributeToBe(By.id("contribution-form"), "data-input-restored", "true"));
        assertThat(browser.findElement(By.id("element")).getDomProperty("value"))
                .isEqualTo("Typed before the session expired");
        screenshot("roles-input-kept");
    }

    private void assertNoEditControls(String who) {
        browser.get(url("/projects/iss"));
        assertThat(browser.findElements(By.id("add-contribution"))).as(who).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#contributions-table a"))).as(who)
                .noneMatch(a -> a.getText().equals("Edit"));

        browser.get(url("/teaming/catalogue"));
        assertThat(browser.findElements(By.xpath("//*[self::a or self::button][normalize-space()='Remove' or normalize-space()='Edit']")))
                .as(who).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form[method=post]")))
                .as(who + ": no form that changes data (sign-out excepted)")
                .allSatisfy(f -> assertThat(f.getDomAttribute("action")).endsWith("/logout"));

        browser.get(url("/projects/iss/risks"));
        assertThat(browser.findElements(By.id("add-risk"))).as(who).isEmpty();
        assertThat(browser.findElements(By.id("save-matrix"))).as(who).isEmpty();

        browser.get(url("/projects/hubble/schedule"));
        assertThat(browser.findElements(By.id("load-example"))).as(who).isEmpty();
        assertThat(browser.findElements(By.id("save-plan"))).as(who).isEmpty();
    }
}
