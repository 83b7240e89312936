package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Where Chromium is missing, browser tests skip on a developer's machine and fail on CI (no Spring, no browser). */
class ChromiumRequirementTests {

    @Test
    void missingChromiumFailsOnCi() {
        assertThatThrownBy(() -> ChromiumPages.requireChromium(false, "true"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI=true");
        assertThatThrownBy(() -> ChromiumPages.requireChromium(false, "TRUE"))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void missingChromiumSkipsOutsideCi() {
        assertThatThrownBy(() -> ChromiumPages.requireChromium(false, null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("chromium");
        assertThatThrownBy(() -> ChromiumPages.requireChromium(false, "false"))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void installedChromiumRunsEverywhere() {
        assertThatCode(() -> ChromiumPages.requireChromium(true, "true")).doesNotThrowAnyException();
        assertThatCode(() -> ChromiumPages.requireChromium(true, null)).doesNotThrowAnyException();
    }
}
