package space.consortium.schedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.mpxj.writer.ProjectWriter;

/**
 * A small schedule built with MPXJ's own API and written by MPXJ's writers, so import tests compare what was written
 * with what was read. One summary task (left out on import) over four leaf tasks:
 * <pre>
 * Structure   10 d, Text1 "esa"
 * Avionics    20 d, PERT 15/20/30 d in Duration1..3, FS +2 d after Structure
 * Integration  5 d, cost 1000, SS +3 d after Avionics, FF after Structure
 * Readiness    milestone, FS after Integration
 * </pre>
 */
public final class MpxjFixtures {

    private MpxjFixtures() {
    }

    public static ProjectFile project() {
        ProjectFile file = new ProjectFile();
        file.addDefaultBaseCalendar();
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 8, 0);
        file.getProjectProperties().setStartDate(start);
        Task spacecraft = file.addTask();
        spacecraft.setName("Spacecraft");
        spacecraft.setActivityID("WBS1");
        Task structure = leaf(spacecraft.addTask(), "Structure", "A100", 10, start);
        structure.setText(1, "esa");
        Task avionics = leaf(spacecraft.addTask(), "Avionics", "A200", 20, start);
        avionics.setDuration(1, days(15));
        avionics.setDuration(2, days(20));
        avionics.setDuration(3, days(30));
        Task integration = leaf(file.addTask(), "Integration", "A300", 5, start);
        integration.setCost(1000);
        Task readiness = leaf(file.addTask(), "Readiness", "A400", 0, start);
        readiness.setMilestone(true);
        spacecraft.setSummary(true);
        link(structure, avionics, RelationType.FINISH_START, 2);
        link(avionics, integration, RelationType.START_START, 3);
        link(structure, integration, RelationType.FINISH_FINISH, 0);
        link(integration, readiness, RelationType.FINISH_START, 0);
        return file;
    }

    private static Task leaf(Task t, String name, String activityId, double days, LocalDateTime start) {
        t.setName(name);
        t.setActivityID(activityId);
        t.setDuration(days(days));
        t.setStart(start);
        return t;
    }

    private static Duration days(double d) {
        return Duration.getInstance(d, TimeUnit.DAYS);
    }

    private static void link(Task from, Task to, RelationType type, double lagDays) {
        to.addPredecessor(new Relation.Builder().predecessorTask(from).successorTask(to).type(type)
                .lag(days(lagDays)));
    }

    public static byte[] mspdi(ProjectFile file) {
        return write(new MSPDIWriter(), file);
    }

    public static byte[] xer(ProjectFile file) {
        return write(new PrimaveraXERFileWriter(), file);
    }

    private static byte[] write(ProjectWriter writer, ProjectFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(file, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
