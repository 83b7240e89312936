package space.consortium.schedule;

import java.util.List;
import space.consortium.schedule.engine.JclResult;

/** Maps the engine's {@link JclResult} to the module's {@link JclReport}, field by field. */
final class JclReports {

    private JclReports() {
    }

    static JclReport of(JclResult r) {
        return new JclReport(r.trials(), r.seed(), r.converged(), summary(r.finish()), summary(r.cost()),
                r.deterministicFinish(), r.deterministicCost(), r.finishTarget(), r.costTarget(),
                r.probabilityFinishBy(), r.probabilityCostWithin(), r.jcl(), r.criticality(), points(r.finishCurve()),
                points(r.costCurve()), points(r.scatter()),
                r.frontiers().stream().map(f -> new JclReport.Frontier(f.level(), points(f.points()))).toList(),
                r.mergeBias().stream().map(m -> new JclReport.MergeBias(m.activity(), m.predecessors(), m.meanStart(),
                        m.latestMeanLink(), m.biasDays())).toList(),
                new JclReport.Tornado(bars(r.tornado().activities()), bars(r.tornado().risks()),
                        bars(r.tornado().partners()), r.tornado().p70SlipDays(), r.tornado().p70GrowthCost()),
                r.notes(), null);
    }

    private static JclReport.Summary summary(JclResult.Summary s) {
        return new JclReport.Summary(s.mean(), s.sd(), s.min(), s.p10(), s.p20(), s.p30(), s.p40(), s.p50(), s.p60(),
                s.p70(), s.p80(), s.p90(), s.max());
    }

    private static List<JclReport.Point> points(List<JclResult.Point> points) {
        return points.stream().map(p -> new JclReport.Point(p.x(), p.y())).toList();
    }

    private static List<JclReport.Bar> bars(List<JclResult.Bar> bars) {
        return bars.stream().map(b -> new JclReport.Bar(b.id(), b.finish(), b.cost())).toList();
    }
}
