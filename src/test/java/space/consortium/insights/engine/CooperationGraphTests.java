package space.consortium.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class CooperationGraphTests {

    private static final CooperationData DATED = new CooperationData(
            List.of(new ProjectRecord("iss", 1998), new ProjectRecord("jwst", 2021),
                    new ProjectRecord("gateway", null), new ProjectRecord("solo", 1990)),
            List.of(new Participation("iss", "nasa", "lead"), new Participation("iss", "esa"),
                    new Participation("jwst", "nasa"), new Participation("jwst", "csa"),
                    new Participation("gateway", "nasa"), new Participation("gateway", "jaxa"),
                    new Participation("solo", "cnes")));

    @Test
    void projectLaunchedAfterTheYearCreatesNoEdge() {
        CooperationGraph graph = CooperationGraph.build(DATED, 2000);
        assertThat(graph.sharedProjects("nasa", "esa")).isEqualTo(1);
        assertThat(graph.sharedProjects("nasa", "csa")).isZero();
        assertThat(graph.contains("csa")).isFalse();
        assertThat(graph.partners()).containsExactly("cnes", "esa", "nasa");
        assertThat(graph.laterProjects()).isEqualTo(1);
        assertThat(graph.asOfYear()).contains(2000);
    }

    @Test
    void undatedProjectsAreLeftOutOfADatedGraphAndCounted() {
        CooperationGraph dated = CooperationGraph.build(DATED, 2030);
        assertThat(dated.undatedProjects()).isEqualTo(1);
        assertThat(dated.sharedProjects("nasa", "jaxa")).isZero();
        assertThat(dated.projects()).containsExactly("iss", "jwst", "solo");

        CooperationGraph all = CooperationGraph.build(DATED, null);
        assertThat(all.undatedProjects()).isZero();
        assertThat(all.sharedProjects("jaxa", "nasa")).isEqualTo(1);
        assertThat(all.asOfYear()).isEmpty();
    }

    @Test
    void bipartiteViewListsEachPartnersProjects() {
        CooperationGraph graph = CooperationGraph.build(DATED, null);
        assertThat(graph.projectsOf("nasa")).containsExactly("gateway", "iss", "jwst");
        assertThat(graph.partnersOf("iss")).containsExactly("esa", "nasa");
        assertThat(graph.projectsByPartner()).containsOnlyKeys("cnes", "csa", "esa", "jaxa", "nasa");
        assertThat(graph.pairs()).containsExactly(new PartnerPair("csa", "nasa", 1), new PartnerPair("esa", "nasa", 1),
                new PartnerPair("jaxa", "nasa", 1));
    }

    @Test
    void participationInAnUnlistedProjectIsRejectedWithItsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CooperationData(
                List.of(new ProjectRecord("iss", 1998)), List.of(new Participation("mir", "roscosmos"))))
                .withMessageContaining("mir").withMessageContaining("roscosmos");
    }
}
