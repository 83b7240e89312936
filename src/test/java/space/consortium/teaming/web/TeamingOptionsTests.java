package space.consortium.teaming.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import space.consortium.teaming.Capability;

/** A row's capability options: grouped, escaped, the row's choice selected and no other. */
class TeamingOptionsTests {

    @Test
    void optionsAreGroupedEscapedAndTheRowsChoiceIsSelected() {
        Map<String, List<Capability>> byGroup = new LinkedHashMap<>();
        byGroup.put("launch", List.of(new Capability("launch-heavy", "Heavy <launch> & \"more\"", "launch", null, null, null, 0),
                new Capability("launch-small", "Small launch", "launch", null, null, null, 0)));
        byGroup.put("empty", List.of());
        byGroup.put("R&D", List.of(new Capability("lab", "Lab", "R&D", null, null, null, 0)));

        String html = TeamingPageController.options(byGroup, "launch-small");

        assertThat(html).startsWith("<option value=\"\">—</option>")
                .contains("<optgroup label=\"launch\">", "<optgroup label=\"R&amp;D\">")
                .doesNotContain("label=\"empty\"")
                .contains(">Heavy &lt;launch&gt; &amp; &quot;more&quot;</option>")
                .contains("<option value=\"launch-small\" selected>Small launch</option>")
                .contains("<option value=\"launch-heavy\">");
        assertThat(html.split(" selected", -1)).hasSize(2);
        assertThat(TeamingPageController.options(byGroup, "")).doesNotContain(" selected");
    }
}
