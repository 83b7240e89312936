package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageLinksTests {

    private static PageLinks links(String sort) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "operating");
        filters.put("destination", " ");
        filters.put("q", "mars sample");
        return new PageLinks("/projects", filters, sort);
    }

    @Test
    void keepsNonBlankFiltersAndTheSort() {
        assertThat(links("name").page(2)).isEqualTo("/projects?status=operating&q=mars%20sample&sort=name&page=2");
        assertThat(links("name").page(0)).isEqualTo("/projects?status=operating&q=mars%20sample&sort=name");
    }

    @Test
    void sortingByTheCurrentAscendingFieldReversesIt() {
        assertThat(links("name").sortBy("name")).endsWith("sort=name,desc");
        assertThat(links("name,desc").sortBy("name")).endsWith("sort=name");
        assertThat(links("name").sortBy("status")).endsWith("sort=status");
        assertThat(links("name,desc").ariaSort("name")).isEqualTo("descending");
        assertThat(links("name").ariaSort("status")).isEqualTo("none");
    }
}
