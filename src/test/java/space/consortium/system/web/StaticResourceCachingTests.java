package space.consortium.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scripts, styles and WebJars are linked by versioned URLs and cached by browsers (immutable for a year); a
 * versionless URL for an hour; a missing file and every page are not stored; ECharts is linked only for pages with
 * a chart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourceCachingTests {

    @Autowired MockMvc mvc;

    @Test
    void pagesLinkTheStylesheetByItsContentHashAndThatUrlIsImmutable() throws Exception {
        String html = page("/about-data");
        String md5 = md5("static/css/consortium.css");
        assertThat(html).contains("href=\"/css/consortium-" + md5 + ".css\"");

        MockHttpServletResponse css = mvc.perform(get("/css/consortium-" + md5 + ".css"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(css.getHeader("Cache-Control")).contains("max-age=31536000", "immutable", "public")
                .doesNotContain("no-store");
        assertThat(css.getContentAsByteArray()).isEqualTo(read("static/css/consortium.css"));
    }

    @Test
    void scriptsAreFingerprintedToo() throws Exception {
        String md5 = md5("static/js/charts.js");
        assertThat(page("/")).contains("src=\"/js/charts-" + md5 + ".js\"");
        assertThat(mvc.perform(get("/js/charts-" + md5 + ".js")).andExpect(status().isOk()).andReturn()
                .getResponse().getHeader("Cache-Control")).contains("immutable", "max-age=31536000");
    }

    @Test
    void webJarsAreLinkedWithTheirVersionAndCachedForAYear() throws Exception {
        String html = page("/partners");
        Matcher bootstrap = Pattern.compile("href=\"(/webjars/bootstrap/(\\d[^/\"]*)/css/bootstrap\\.min\\.css)\"")
                .matcher(html);
        assertThat(bootstrap.find()).as("versioned bootstrap link in %s", html.substring(0, 1200)).isTrue();
        assertThat(bootstrap.group(2)).as("the version of the bootstrap jar on the classpath")
                .isEqualTo(new org.webjars.WebJarVersionLocator().version("bootstrap"));
        MockHttpServletResponse css = mvc.perform(get(bootstrap.group(1))).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(css.getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
        assertThat(css.getHeader("Pragma")).isNull();
        assertThat(css.getHeader("Expires")).isNull();
    }

    @Test
    void versionlessUrlsAreCachedForAnHourOnly() throws Exception {
        assertThat(mvc.perform(get("/css/consortium.css")).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk()).andReturn()
                .getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(mvc.perform(get("/favicon.svg")).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("Cache-Control")).isEqualTo("public, max-age=3600");
    }

    @Test
    void aMissingFileIsNotCached() throws Exception {
        MockHttpServletResponse missing = mvc.perform(get("/webjars/bootstrap/5.3.8/css/no-such-file.css"))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        assertThat(missing.getHeader("Cache-Control")).contains("no-store").doesNotContain("immutable");
    }

    @Test
    void pagesStayUncached() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(mvc.perform(get("/api/partners")).andReturn().getResponse().getHeader("Cache-Control"))
                .contains("no-store");
    }

    @Test
    void echartsIsNotLinkedByEveryPageButOfferedToTheChartScript() throws Exception {
        for (String path : new String[] {"/", "/partners", "/about-data", "/projects/iss/schedule"}) {
            String html = page(path);
            String head = html.substring(0, html.indexOf("</head>"));
            assertThat(head).as("head of %s", path).doesNotContainPattern("<script[^>]+src=\"[^\"]*echarts");
            assertThat(head).contains("data-echarts-common=\"/webjars/echarts/")
                    .contains("/echarts.common.min.js\"").contains("/echarts.min.js\"");
        }
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String md5(String resource) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(read(resource)));
    }

    private static byte[] read(String resource) throws Exception {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
