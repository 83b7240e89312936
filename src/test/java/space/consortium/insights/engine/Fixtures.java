package space.consortium.insights.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small hand-made networks: each project given as the partners taking part in it. */
final class Fixtures {

    private Fixtures() {
    }

    /** One undated project per group of partners, named p0, p1, ... */
    static CooperationData projects(String... groups) {
        List<ProjectRecord> projects = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            String id = "p" + i;
            projects.add(new ProjectRecord(id, 2000));
            for (String partner : groups[i].split(",")) {
                participations.add(new Participation(id, partner.strip()));
            }
        }
        return new CooperationData(projects, participations);
    }

    /** A project for each edge "a-b". */
    static CooperationData edges(String... edges) {
        Set<String> groups = new LinkedHashSet<>();
        for (String e : edges) {
            groups.add(e.replace('-', ','));
        }
        return projects(groups.toArray(String[]::new));
    }

    static NetworkMetrics metrics(CooperationData data) {
        return NetworkMetrics.compute(CooperationGraph.build(data, null), 10);
    }
}
