package space.consortium.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;

/**
 * The project page shows its contributions 25 at a time, in the order of the API's list, with links to the other
 * pages; the counts and the chart cover all of them. (Each test runs in a rolled-back transaction.)
 */
class ProjectPagePaginationTests extends ApiContract {

    private static final Pattern ROW_ELEMENT = Pattern.compile("<td class=\"wrap-anywhere\">([^<]*)</td>");

    @Test
    void pageTwoShowsTheNextContributionsAndEachPageLinksToTheOther() throws Exception {
        int existing = read("/api/projects/hubble").path("contributions").size();
        for (int i = 1; i <= 40; i++) {
            assertThat(post("/api/contributions", """
                    {"projectId": "hubble", "partnerId": "esa", "kind": "instrument", "element": "Part %02d",
                     "sourceUrl": "https://example.org/part-%d"}""".formatted(i, i))).hasStatus(HttpStatus.CREATED);
        }
        List<String> all = new ArrayList<>();
        read("/api/projects/hubble").path("contributions").values().forEach(c -> all.add(c.path("element").asString()));
        assertThat(all).hasSize(existing + 40);

        String first = page("/projects/hubble");
        assertThat(elements(first)).containsExactlyElementsOf(all.subList(0, 25));
        assertThat(first).contains("href=\"/projects/hubble?page=1\"")
                .contains("Showing 1–25 of " + all.size() + " contributions")
                .contains(">" + all.size() + "</span></span>"); // the badge counts them all

        String second = page("/projects/hubble?page=1");
        assertThat(elements(second)).containsExactlyElementsOf(all.subList(25, Math.min(50, all.size())));
        assertThat(second).contains("href=\"/projects/hubble\"").contains("aria-current=\"page\">2</a>");

        int lastPageStart = (all.size() - 1) / 25 * 25;
        assertThat(elements(page("/projects/hubble?page=99"))).as("past the end: the last page")
                .containsExactlyElementsOf(all.subList(lastPageStart, all.size()));
        assertThat(elements(page("/projects/hubble?page=-3"))).as("negative: the first page")
                .containsExactlyElementsOf(all.subList(0, 25));
    }

    @Test
    void aProjectWithFewContributionsHasNoPageLinks() throws Exception {
        String html = page("/projects/iss");
        int count = read("/api/projects/iss").path("contributions").size();
        assertThat(count).isLessThanOrEqualTo(25);
        assertThat(elements(html)).hasSize(count);
        assertThat(html).doesNotContain("id=\"contribution-pages\"").doesNotContain("id=\"participant-pages\"");
    }

    private String page(String path) throws Exception {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    private static List<String> elements(String html) {
        int table = html.indexOf("id=\"contributions-table\"");
        if (table < 0) {
            return List.of();
        }
        Matcher m = ROW_ELEMENT.matcher(html.substring(table, html.indexOf("</table>", table)));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
        }
        return found;
    }
}
