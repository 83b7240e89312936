package space.consortium.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import space.consortium.risk.DistributionSpec;
import space.consortium.shared.InvalidInput;

/** MS Project XML and Primavera XER files written by MPXJ come back as the plan they describe. */
class ScheduleImportTests {

    private static final Map<String, String> PARTNERS = Map.of("esa", "European Space Agency",
            "nasa", "National Aeronautics and Space Administration");

    private static JclPlan read(String format, ProjectFile file) {
        byte[] bytes = format.equals("xml") ? MpxjFixtures.mspdi(file) : MpxjFixtures.xer(file);
        return ScheduleImport.read(bytes, "plan." + format, PARTNERS, "nasa");
    }

    private static JclPlan.ActivitySpec named(JclPlan plan, String name) {
        return plan.activities().stream().filter(a -> name.equals(a.name())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + plan.activities()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "xer"})
    void leafTasksDurationsLinksAndLagsComeBackAsWritten(String format) {
        JclPlan plan = read(format, MpxjFixtures.project());
        assertThat(plan.activities()).extracting(JclPlan.ActivitySpec::name)
                .containsExactlyInAnyOrder("Structure", "Avionics", "Integration", "Readiness");
        JclPlan.ActivitySpec structure = named(plan, "Structure");
        JclPlan.ActivitySpec avionics = named(plan, "Avionics");
        JclPlan.ActivitySpec integration = named(plan, "Integration");
        JclPlan.ActivitySpec readiness = named(plan, "Readiness");
        assertThat(plan.activities()).extracting(JclPlan.ActivitySpec::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Za-z0-9._-]+"));

        assertThat(structure.duration()).isEqualTo(DistributionSpec.fixed(10));
        assertThat(structure.links()).isNull();
        assertThat(integration.duration()).isEqualTo(DistributionSpec.fixed(5));
        assertThat(readiness.milestone()).isTrue();
        assertThat(readiness.duration()).isNull();

        assertThat(avionics.links()).containsExactly(new JclPlan.LinkSpec(structure.id(), "FS", 2.0));
        assertThat(integration.links()).containsExactlyInAnyOrder(
                new JclPlan.LinkSpec(avionics.id(), "SS", 3.0), new JclPlan.LinkSpec(structure.id(), "FF", 0.0));
        assertThat(readiness.links()).containsExactly(new JclPlan.LinkSpec(integration.id(), "FS", 0.0));
        if (format.equals("xml")) { // MPXJ's XER writer puts costs on resource assignments and expenses only
            assertThat(integration.cost().fixed().value()).isEqualTo(1000.0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "xer"})
    void theProjectStartBecomesThePlansStartDate(String format) {
        // the fixture's project starts on Monday 5 January 2026, 08:00
        assertThat(read(format, MpxjFixtures.project()).startDate()).isEqualTo("2026-01-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "xer"})
    void theProjectCalendarBecomesThePlansCalendarSoWorkingDaysEndOnWorkingDates(String format) {
        ProjectFile file = MpxjFixtures.project();
        // MPXJ's default base calendar ("Standard") works Monday to Friday; made the project calendar, with Friday
        // 9 January 2026 a holiday
        org.mpxj.ProjectCalendar standard = file.getCalendars().get(0);
        file.setDefaultCalendar(standard);
        standard.addCalendarException(java.time.LocalDate.of(2026, 1, 9));
        JclPlan plan = read(format, file);
        assertThat(plan.calendar()).isNotNull();
        assertThat(plan.calendar().workingDays())
                .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(plan.calendar().holidays()).containsExactly("2026-01-09");
        // Structure takes 10 working days from Monday 5 January 2026: Tue 6 (1), Wed 7, Thu 8 (3), Fri 9 off,
        // Mon 12 (4) … Fri 16 (8), Mon 19 (9), Tue 20 (10); as calendar days it would be Thursday 15 January
        JclReport report = new JclService(1).run(plan, 100, 1L, 1000, done -> { });
        JclReport.Summary finish = report.finish();
        assertThat(finish.min()).as("Structure, Avionics and Integration end the plan after day 10").isGreaterThan(10);
        WorkCalendar calendar = WorkCalendar.of(plan);
        assertThat(calendar.date(10)).isEqualTo(java.time.LocalDate.of(2026, 1, 20));
        assertThat(report.finishDates().rule()).startsWith("working days (Monday to Friday, 1 holiday)");
        assertThat(report.finishDates().p50()).isEqualTo(calendar.date(finish.p50()).toString());
        assertThat(java.time.LocalDate.parse(report.finishDates().p50()).getDayOfWeek().getValue())
                .isLessThanOrEqualTo(5);
    }

    @Test
    void msProjectPertEstimatesBecomeAPertDistributionAndText1NamesTheOwner() {
        JclPlan plan = read("xml", MpxjFixtures.project());
        assertThat(named(plan, "Avionics").duration())
                .isEqualTo(DistributionSpec.threePoint("pert", 15, 20, 30));
        assertThat(named(plan, "Structure").owner()).isEqualTo("esa");
        assertThat(named(plan, "Avionics").owner()).isEqualTo("nasa");
        assertThat(plan.activities()).extracting(JclPlan.ActivitySpec::id).doesNotContain("T0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "xer"})
    void anAssignedResourceNamedLikeAPartnerOwnsTheTask(String format) {
        ProjectFile file = MpxjFixtures.project();
        org.mpxj.Resource agency = file.addResource();
        agency.setName("European Space Agency");
        file.getTasks().stream().filter(t -> "Integration".equals(t.getName())).findFirst().orElseThrow()
                .addResourceAssignment(agency);
        JclPlan plan = read(format, file);
        assertThat(named(plan, "Integration").owner()).isEqualTo("esa");
        assertThat(named(plan, "Readiness").owner()).isEqualTo("nasa");
    }

    @Test
    void aStartToFinishLinkIsRefusedNamingTheTask() {
        ProjectFile file = MpxjFixtures.project();
        List<Task> tasks = file.getTasks().stream().filter(t -> "Readiness".equals(t.getName())
                || "Structure".equals(t.getName())).toList();
        Task structure = tasks.stream().filter(t -> t.getName().equals("Structure")).findFirst().orElseThrow();
        Task readiness = tasks.stream().filter(t -> t.getName().equals("Readiness")).findFirst().orElseThrow();
        readiness.addPredecessor(new Relation.Builder().predecessorTask(structure).successorTask(readiness)
                .type(RelationType.START_FINISH).lag(Duration.getInstance(0, TimeUnit.DAYS)));
        assertThatThrownBy(() -> read("xml", file)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.message()).contains("Readiness", "start-to-finish");
                        }));
    }

    @Test
    void garbageAndEmptyFilesAreRefusedNamingTheFile() {
        for (byte[] bytes : List.of("not a schedule at all\n".getBytes(StandardCharsets.UTF_8), new byte[0],
                "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\"></Project>"
                        .getBytes(StandardCharsets.UTF_8),
                // an external entity (XXE) is not resolved: MPXJ's XML reader refuses any DOCTYPE
                ("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&x;</Name><Tasks><Task>"
                        + "<UID>1</UID><ID>1</ID><Name>&x;</Name><Duration>PT8H0M0S</Duration></Task></Tasks></Project>")
                        .getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> ScheduleImport.read(bytes, "x.xml", PARTNERS, "nasa"))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.FieldProblem::field)
                            .containsOnly("file"));
        }
    }
}
