package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTests {

    @Test
    void jsonNamesTheTypeAndCannotCloseItsScriptBlock() {
        String json = Chart.json(new Chart.Pie(List.of(new Chart.Slice("</script><script>alert(1)</script>", 1)), "%"));
        assertThat(json).startsWith("{\"type\":\"pie\"");
        assertThat(json).doesNotContain("<").doesNotContain(">");
        assertThat(json).contains("\\u003c/script\\u003e");
    }
}
