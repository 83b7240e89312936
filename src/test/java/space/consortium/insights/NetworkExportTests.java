package space.consortium.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer per question (issue 12): the number of communities is the same on /insights, in the API and in what the
 * claim checker reads, and the GraphML export holds every partner of the network, isolated ones included, so that
 * betweenness recomputed from the export (JGraphT) is the API's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkExportTests {

    @Autowired MockMvc mvc;
    @Autowired InsightsService insights;

    @Test
    void theNumberOfCommunitiesIsTheSameOnThePageInTheApiAndForTheClaimChecker() throws Exception {
        JsonNode api = JsonMapper.builder().build().readTree(mvc.perform(get("/api/insights/network"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        int communities = api.path("communities").asInt();
        long isolated = 0;
        for (JsonNode n : api.path("nodes").values()) {
            if (n.path("degree").asInt() == 0) {
                isolated++;
            }
        }
        String page = mvc.perform(get("/insights")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(communities).isPositive();
        assertThat(number(page, "community-count")).isEqualTo(communities);
        if (isolated > 0) {
            // the page says how the isolated partners count: each is a community of its own
            assertThat(number(page, "isolated-count")).isEqualTo(isolated);
            assertThat(number(page, "shared-community-count")).isEqualTo(communities - isolated);
        }
        // the claim checker's "communities" metric reads the network metrics of the same registry
        assertThat(java.util.Objects.requireNonNull(insights.evidence().network()).communities()).isEqualTo(communities);
    }

    @Test
    void betweennessRecomputedFromTheGraphmlExportWithJGraphTIsTheApis() throws Exception {
        JsonNode api = JsonMapper.builder().build().readTree(mvc.perform(get("/api/insights/network"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        byte[] graphml = mvc.perform(get("/api/insights/network.graphml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));

        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        NodeList nodes = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            graph.addVertex(((Element) nodes.item(i)).getAttribute("id"));
        }
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            graph.addEdge(e.getAttribute("source"), e.getAttribute("target"));
        }
        Map<String, Double> fromApi = new HashMap<>();
        int isolated = 0;
        for (JsonNode n : api.path("nodes").values()) {
            fromApi.put(n.path("id").asString(), n.path("betweenness").asDouble());
            if (n.path("degree").asInt() == 0) {
                isolated++;
            }
        }

        // every partner of the API's network is in the export, isolated ones (no edge) included, and no other
        assertThat(graph.vertexSet()).isEqualTo(fromApi.keySet());
        assertThat(graph.vertexSet().stream().filter(v -> graph.degreeOf(v) == 0).count()).isEqualTo(isolated);
        // JGraphT gives raw pair counts; the API normalises by the (n-1)(n-2)/2 pairs of other partners
        int n = graph.vertexSet().size();
        double pairs = (n - 1.0) * (n - 2.0) / 2.0;
        Map<String, Double> recomputed = new BetweennessCentrality<>(graph, false).getScores();
        recomputed.forEach((v, score) ->
                assertThat(fromApi.get(v)).as(v).isCloseTo(score / pairs, within(1e-9)));
        assertThat(recomputed.values()).anySatisfy(score -> assertThat(score).isPositive());
    }

    private static int number(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<").matcher(html);
        assertThat(m.find()).as("#%s on the page", id).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
