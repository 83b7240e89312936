package space.consortium.insights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.insights.CooperationNetwork;
import space.consortium.insights.InsightsService;
import space.consortium.insights.InsightsStats;
import space.consortium.insights.PartnerTimeline;
import space.consortium.shared.InvalidInput;

@RestController
@Tag(name = "Insights", description = "Cooperation statistics computed from the sourced registry")
class InsightsApiController {

    private final InsightsService insights;

    InsightsApiController(InsightsService insights) {
        this.insights = insights;
    }

    @GetMapping("/api/insights/network")
    @Operation(summary = "The network of partners who share projects, with degree, betweenness, closeness, clustering "
            + "and community per partner", description = "year=YYYY: only projects launched by then; outside the "
            + "registry's launch years → 400")
    CooperationNetwork network(@RequestParam(required = false) @Nullable Integer year) {
        return insights.network(year);
    }

    @GetMapping("/api/insights/stats")
    @Operation(summary = "Counts, international shares per partner, Artemis Accords signatories and the strongest pairs",
            description = "With partner=ID only that partner's share, statistics and pairs; unknown partner → 404")
    InsightsStats stats(@RequestParam(required = false) @Nullable String partner) {
        return insights.stats(partner);
    }

    @GetMapping("/api/insights/timeline")
    @Operation(summary = "A project's partner timeline: its agreements in signing order and each party's first "
            + "signature", description = "project=ID, the ISS by default; unknown project → 400")
    PartnerTimeline timeline(@RequestParam(defaultValue = "iss") String project) {
        return insights.timeline(project);
    }

    @GetMapping("/api/insights/network.graphml")
    @Operation(summary = "The cooperation network as GraphML (for Gephi, yEd, NetworkX)", description = "view=partners "
            + "(default): partners with name, degree and community, undirected edges weighted by shared projects; "
            + "view=bipartite: partner and project nodes (attribute kind), an edge for each participation. "
            + "year=YYYY as for /network")
    ResponseEntity<String> graphml(@RequestParam(required = false) @Nullable Integer year,
                                   @RequestParam(defaultValue = "partners") String view) {
        if (!view.equals("partners") && !view.equals("bipartite")) {
            throw new InvalidInput("view", "must be partners or bipartite, got '" + view + "'");
        }
        boolean bipartite = view.equals("bipartite");
        CooperationNetwork network = insights.network(year);
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="name" for="node" attr.name="name" attr.type="string"/>
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="degree" for="node" attr.name="degree" attr.type="int"/>
                  <key id="community" for="node" attr.name="community" attr.type="int"/>
                  <key id="shared_projects" for="edge" attr.name="shared_projects" attr.type="int"/>
                  <graph id="cooperation" edgedefault="undirected">
                """);
        Set<String> present = new HashSet<>();
        for (CooperationNetwork.Node n : network.nodes()) {
            present.add(n.id());
            xml.append("    <node id=\"").append(escape(n.id())).append("\">")
                    .append("<data key=\"name\">").append(escape(n.name())).append("</data>")
                    .append("<data key=\"kind\">partner</data>")
                    .append("<data key=\"degree\">").append(n.degree()).append("</data>")
                    .append("<data key=\"community\">").append(n.community()).append("</data></node>\n");
        }
        int i = 0;
        if (bipartite) {
            for (CooperationNetwork.ProjectNode p : network.projects()) {
                xml.append("    <node id=\"project:").append(escape(p.id())).append("\">")
                        .append("<data key=\"name\">").append(escape(p.name())).append("</data>")
                        .append("<data key=\"kind\">project</data>")
                        .append("<data key=\"degree\">").append(p.partners().size()).append("</data></node>\n");
                for (String partner : p.partners()) {
                    if (present.add(partner)) {
                        xml.append("    <node id=\"").append(escape(partner))
                                .append("\"><data key=\"kind\">partner</data></node>\n");
                    }
                    xml.append("    <edge id=\"e").append(i++).append("\" source=\"").append(escape(partner))
                            .append("\" target=\"project:").append(escape(p.id())).append("\"/>\n");
                }
            }
        } else {
            for (CooperationNetwork.Link l : network.links()) {
                xml.append("    <edge id=\"e").append(i++).append("\" source=\"").append(escape(l.source()))
                        .append("\" target=\"").append(escape(l.target())).append("\">")
                        .append("<data key=\"shared_projects\">").append(l.sharedProjects()).append("</data></edge>\n");
            }
        }
        xml.append("  </graph>\n</graphml>\n");
        return download(xml.toString(), "application/graphml+xml",
                "cooperation-" + (bipartite ? "bipartite" : "network") + suffix(year) + ".graphml");
    }

    @GetMapping("/api/insights/network.csv")
    @Operation(summary = "The links of the cooperation network as CSV: source,target,shared_projects",
            description = "year=YYYY as for /network")
    ResponseEntity<String> csv(@RequestParam(required = false) @Nullable Integer year) {
        StringBuilder csv = new StringBuilder("source,target,shared_projects\n");
        for (CooperationNetwork.Link l : insights.network(year).links()) {
            csv.append(csvField(l.source())).append(',').append(csvField(l.target())).append(',')
                    .append(l.sharedProjects()).append('\n');
        }
        return download(csv.toString(), "text/csv", "cooperation-network" + suffix(year) + ".csv");
    }

    private static ResponseEntity<String> download(String body, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    private static String suffix(@Nullable Integer year) {
        return year == null ? "" : "-" + year;
    }

    /** Text escaped for XML content and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break. */
    static String csvField(String text) {
        return text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
