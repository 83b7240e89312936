package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionService;

/**
 * A partner member in the browser: signs in, edits its own partner's contribution, is refused on another partner's,
 * posts a comment whose script payload shows as text, and finds its change in the audit trail.
 */
class AccountsBrowserTests extends ChromiumPages {

    @Autowired ContributionService contributions;

    @Test
    void aPartnerMemberEditsOwnDataIsRefusedOnOthersDiscussesSafelyAndSeesTheAudit() throws IOException {
        Contribution columbus = issContribution("esa", "Columbus");
        Contribution nasa = issContribution("nasa", "Laboratory");

        signIn("esa-browser", false, "esa");
        assertThat(browser.findElement(By.id("user-menu")).getText()).isEqualTo("esa-browser");

        // its own partner's contribution: saved
        browser.get(url("/projects/iss/contributions/" + columbus.id() + "/edit"));
        WebElement element = browser.findElement(By.id("element"));
        element.clear();
        element.sendKeys("Columbus laboratory (edited by ESA in the browser)", Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/projects/iss(#contributions)?$"));
        assertThat(browser.findElement(By.id("contributions-table")).getText())
                .contains("Columbus laboratory (edited by ESA in the browser)");

        // another partner's contribution: refused, and nothing changes
        browser.get(url("/projects/iss/contributions/" + nasa.id() + "/edit"));
        WebElement other = browser.findElement(By.id("element"));
        other.clear();
        other.sendKeys("Taken over by ESA", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "may not make this change"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("member of partner 'nasa'");
        assertThat(contributions.get(nasa.id()).element()).isEqualTo(nasa.element());
        screenshot("accounts-refused");

        // a comment with a script payload shows as text and runs nothing
        browser.get(url("/projects/iss/discussion"));
        String payload = "**Launch review** on Friday <script>alert('xss')</script> <img src=x onerror=alert(1)>";
        browser.findElement(By.id("comment-body")).sendKeys(payload);
        browser.findElement(By.id("comment-form")).submit();
        WebElement comment = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#comments .comment-body")));
        assertThat(comment.getText()).contains("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>",
                "Launch review");
        assertThat(comment.findElements(By.tagName("strong"))).extracting(WebElement::getText)
                .containsExactly("Launch review");
        assertThat(browser.findElements(By.cssSelector("#comments script, #comments img"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.cssSelector("#comments .comment-author")).getText()).isEqualTo("esa-browser");
        screenshot("accounts-discussion");

        // the audit trail shows who changed what, from what to what
        browser.get(url("/audit?project=iss&entity=contribution"));
        String audit = browser.findElement(By.id("audit-events")).getText();
        assertThat(audit).contains("esa-browser", "update contribution " + columbus.id(), "page",
                "Columbus laboratory (edited by ESA in the browser)", "Columbus laboratory");
        assertThat(audit).doesNotContain("Taken over by ESA");
        screenshot("accounts-audit");
    }

    private Contribution issContribution(String partner, String elementStart) {
        return contributions.ofPartner(partner).stream()
                .filter(c -> c.projectId().equals("iss") && c.element().startsWith(elementStart))
                .findFirst().orElseThrow();
    }
}
