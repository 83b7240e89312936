package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Charts on a 390 px phone, measured in headless Chromium: the risk heat map's column labels do not run together and
 * its zone legend fits the chart; the dashboard's network keeps its legend unpaged and its labels inside the canvas.
 */
class NarrowChartsBrowserTests extends ChromiumPages {

    /** Every drawn text of the chart with its box in the chart's pixels: [text, left, top, right, bottom]. */
    private static final String TEXTS = """
            var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));
            var out = [];
            chart.getZr().storage.getDisplayList(true).forEach(function (el) {
              if (!el.style || typeof el.style.text !== 'string' || !el.style.text || el.invisible || el.ignore) { return; }
              var r = el.getBoundingRect().clone();
              var m = el.getComputedTransform();
              if (m) { r.applyTransform(m); }
              out.push([el.style.text, r.x, r.y, r.x + r.width, r.y + r.height]);
            });
            return [chart.getWidth(), chart.getHeight(), out];""";

    @Test
    void theHeatMapsLabelsAndLegendFitAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 1600));
        browser.get(url("/projects/iss/risks"));
        waitForChart("risk-heatmap");
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('risk-heatmap').scrollIntoView({block: 'center'});");
        List<?> drawn = texts("risk-heatmap");
        double width = ((Number) drawn.get(0)).doubleValue();
        List<List<?>> texts = boxes(drawn);
        screenshot("narrow-heatmap");
        chartImage("risk-heatmap", "narrow-heatmap-chart");
        assertThat(texts).as("texts of the heat map").isNotEmpty();
        for (List<?> t : texts) {
            assertThat(num(t, 1)).as("left edge of '%s'", t.get(0)).isGreaterThanOrEqualTo(-0.5);
            assertThat(num(t, 3)).as("right edge of '%s'", t.get(0)).isLessThanOrEqualTo(width + 0.5);
        }
        // the consequence and likelihood scales "1 …" to "5 …": five labels on each axis, no two overlapping
        List<List<?>> columns = texts.stream().filter(t -> String.valueOf(t.get(0)).matches("[1-5] \\D.*")).toList();
        assertThat(columns).as("scale labels").hasSize(10);
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                assertThat(overlap(columns.get(i), columns.get(j))).as("'%s' and '%s' overlap",
                        columns.get(i).get(0), columns.get(j).get(0)).isFalse();
            }
        }
        assertThat(texts.stream().map(t -> String.valueOf(t.get(0))))
                .as("the zone legend, whole").contains("very low", "very high / red");
    }

    @Test
    void theDashboardNetworkKeepsItsLegendWholeAndItsLabelsInsideAPhone() throws IOException, InterruptedException {
        browser.manage().window().setSize(new Dimension(390, 1600));
        browser.get(url("/"));
        waitForChart("network-chart");
        Thread.sleep(4000); // the force layout settles
        Object legendType = ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('network-chart')).getOption().legend[0].type;");
        assertThat(legendType).as("legend type: paged ('scroll') hides groups behind arrows").isEqualTo("plain");
        List<?> drawn = texts("network-chart");
        double width = ((Number) drawn.get(0)).doubleValue();
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('network-chart').scrollIntoView({block: 'center'});");
        screenshot("narrow-network");
        chartImage("network-chart", "narrow-network-chart");
        List<List<?>> texts = boxes(drawn);
        assertThat(texts).isNotEmpty();
        for (List<?> t : texts) {
            assertThat(num(t, 1)).as("left edge of '%s'", t.get(0)).isGreaterThanOrEqualTo(-0.5);
            assertThat(num(t, 3)).as("right edge of '%s'", t.get(0)).isLessThanOrEqualTo(width + 0.5);
        }
    }

    /** Saves the chart as ECharts draws it (PNG) as target/screenshots/NAME.png, to look at. */
    private void chartImage(String chartId, String name) throws IOException {
        String url = (String) ((JavascriptExecutor) browser).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById(arguments[0])).getDataURL({ pixelRatio: 1, backgroundColor: '#fff' });", chartId);
        java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", name + ".png");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)));
    }

    private List<?> texts(String chartId) {
        return (List<?>) ((JavascriptExecutor) browser).executeScript(TEXTS, chartId);
    }

    @SuppressWarnings("unchecked")
    private static List<List<?>> boxes(List<?> drawn) {
        return (List<List<?>>) drawn.get(2);
    }

    private static double num(List<?> t, int i) {
        return ((Number) t.get(i)).doubleValue();
    }

    private static boolean overlap(List<?> a, List<?> b) {
        return num(a, 1) < num(b, 3) - 0.5 && num(b, 1) < num(a, 3) - 0.5
                && num(a, 2) < num(b, 4) - 0.5 && num(b, 2) < num(a, 4) - 0.5;
    }
}
