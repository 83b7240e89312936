package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import space.consortium.schedule.ScheduleService;

/**
 * Drives a JCL run in headless Chromium: JWST page → Schedule &amp; JCL → start from the example → run 5,000 trials →
 * the JCL, the percentiles, the S-curves, the scatter with its frontiers and the partner tornado drawn.
 */
class JclBrowserTests extends ChromiumPages {

    @Autowired ScheduleService schedules;

    @AfterEach
    void removeSchedule() {
        if (schedules.find("jwst").isPresent()) {
            schedules.delete("jwst");
        }
    }

    @Test
    void aJclRunDrawsTheResults() throws IOException {
        signIn("jcl-browser", true); // storing a schedule and its runs needs a signed-in user
        browser.get(url("/projects/jwst"));
        browser.findElement(By.id("schedule-tab")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/jwst/schedule$"));
        browser.findElement(By.id("load-example")).click();
        WebElement activities = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activity-table")));
        // owners by the registry's short names, not their ids
        assertThat(activities.getText()).contains("Propulsion module", "NASA", "ESA", "JAXA", "CSA")
                .doesNotContain(" nasa ", " esa ");

        WebElement trials = browser.findElement(By.id("trials"));
        trials.clear();
        trials.sendKeys("5000");
        WebElement run = browser.findElement(By.id("run-button"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", run);
        run.click();

        WebElement jcl = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jcl-value")));
        assertThat(jcl.getText()).matches("\\d+\\.\\d %");
        assertThat(browser.findElement(By.id("percentiles")).getText()).contains("Finish (day)", "P70");
        assertThat(browser.getCurrentUrl()).endsWith("/projects/jwst/schedule");
        waitForChart("jcl-finish-curve");
        waitForChart("jcl-cost-curve");
        waitForChart("jcl-scatter");
        waitForChart("jcl-tornado-partners");
        assertThat(browser.findElement(By.id("jcl-progress")).getAttribute("class")).contains("d-none");
        // activities by the plan's names, not their ids
        assertThat(browser.findElement(By.id("criticality")).getText()).contains("Launch").doesNotContain("LAUNCH");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 3200));
        waitForChart("jcl-scatter");
        screenshot("jwst-jcl");
    }

    @Test
    void aPlanWithAStartDateDrawsTheFinishAxisInDates() {
        // one activity of a fixed 10 days from 4 March 2027: every trial finishes on day 10, 14 March 2027
        schedules.save("jwst", new space.consortium.schedule.ScheduleRequest(ScheduleService.parse("""
                {"startDate": "2027-03-04", "targets": {"finish": 12},
                 "activities": [{"id": "A", "name": "Assembly", "owner": "esa",
                                 "duration": {"dist": "fixed", "value": 10}}]}"""), null));
        signIn("jcl-browser-dates", true);
        browser.get(url("/projects/jwst/schedule"));
        WebElement trials = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trials")));
        trials.clear();
        trials.sendKeys("500");
        WebElement run = browser.findElement(By.id("run-button"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", run);
        run.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jcl-value")));
        assertThat(browser.findElement(By.id("finish-p50")).getText()).contains("2027-03-14", "day 10.0");
        waitForChart("jcl-finish-curve");
        waitForChart("jcl-scatter");
        for (String chart : new String[] {"jcl-finish-curve", "jcl-scatter"}) {
            Object axis = ((JavascriptExecutor) browser).executeScript("""
                    var o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().xAxis[0];
                    return o.name + '|' + o.axisLabel.formatter(10) + '|' + o.axisLabel.formatter(9.5);""", chart);
            assertThat(axis).as(chart).isEqualTo("Finish date|2027-03-14|2027-03-14");
        }
    }

    @Test
    void aPlanWithAWorkingCalendarDatesTheFinishAxisInWorkingDaysAndSaysSo() throws IOException {
        // one activity of a fixed 1 working day from Friday 5 March 2027 in a Monday-to-Friday week: done by Monday
        // 8 March (counted on a calendar); day 2 is Tuesday 9 March
        schedules.save("jwst", new space.consortium.schedule.ScheduleRequest(ScheduleService.parse("""
                {"startDate": "2027-03-05", "calendar": {"workingDays": ["MON", "TUE", "WED", "THU", "FRI"]},
                 "activities": [{"id": "A", "name": "Assembly", "owner": "esa",
                                 "duration": {"dist": "fixed", "value": 1}}]}"""), null));
        signIn("jcl-browser-calendar", true);
        browser.get(url("/projects/jwst/schedule"));
        WebElement trials = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trials")));
        trials.clear();
        trials.sendKeys("500");
        WebElement run = browser.findElement(By.id("run-button"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", run);
        run.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jcl-value")));
        assertThat(browser.findElement(By.id("finish-p50")).getText()).contains("2027-03-08", "day 1.0");
        assertThat(browser.findElement(By.id("date-rule")).getText()).isEqualTo("working days (Monday to Friday)");
        waitForChart("jcl-finish-curve");
        Object axis = ((JavascriptExecutor) browser).executeScript("""
                var o = echarts.getInstanceByDom(document.getElementById('jcl-finish-curve')).getOption().xAxis[0];
                return o.name + '|' + o.axisLabel.formatter(1) + '|' + o.axisLabel.formatter(2);""");
        assertThat(axis).isEqualTo("Finish date|2027-03-08|2027-03-09");
        // every chart of the tab can be saved as PNG and SVG
        Object tools = ((JavascriptExecutor) browser).executeScript("""
                var f = echarts.getInstanceByDom(document.getElementById('jcl-finish-curve')).getOption().toolbox[0].feature;
                return Object.keys(f).sort().join(',');""");
        assertThat(tools).isEqualTo("mySaveSvg,saveAsImage");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 2600));
        waitForChart("jcl-scatter");
        screenshot("jwst-jcl-calendar");
    }
}
