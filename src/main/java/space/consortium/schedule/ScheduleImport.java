package space.consortium.schedule;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;
import space.consortium.risk.DistributionSpec;
import space.consortium.shared.InvalidInput;

/**
 * Converts a schedule written by another tool into a plan: MS Project XML (MSPDI), Primavera XER and the other
 * formats MPXJ's {@link UniversalProjectReader} recognises from the file's content.
 *
 * <p>Every leaf task becomes an activity (summary tasks, WBS nodes and the project summary task are left out):
 * <ul>
 *   <li>id: the Primavera activity id when the file has one and it is slug-safe, else {@code T<unique id>};</li>
 *   <li>duration (Primavera: planned, else remaining, when the activity has no duration) in working days as
 *       {@code fixed}, zero meaning a milestone; when the task carries MS Project's PERT estimates (Duration1 =
 *       optimistic, Duration2 = expected, Duration3 = pessimistic, as MS Project's PERT analysis stores them) a
 *       {@code pert} distribution over them; a milestone stays a milestone;</li>
 *   <li>owner: Text1 or the name/initials of an assigned resource when it names a partner, else the default;</li>
 *   <li>links: FS, SS, FF with lag in working days (a percent lag is taken of the predecessor's duration); SF links
 *       are refused, naming the task;</li>
 *   <li>cost: the task's cost, as a fixed amount.</li>
 * </ul>
 * The plan's {@code startDate} is the project's start and its {@code calendar} the project calendar (working weekdays
 * and holidays), so that finish dates count the working days the durations are in (see {@link WorkCalendar}).
 * Cycles and other structural problems are found by the plan's validation when it is saved.
 */
public final class ScheduleImport {

    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private ScheduleImport() {
    }

    /**
     * Reads the file and converts it.
     *
     * @param bytes        the file's content
     * @param fileName     its name (used in messages only; the format is recognised from the content)
     * @param partners     known partners: id → name; an owner found in the file must name one of them
     * @param defaultOwner the owner of activities whose owner the file does not give
     * @throws InvalidInput naming {@code file} when it cannot be read, is of no schedule format, holds no task or a
     *                      start-to-finish link
     */
    public static JclPlan read(byte[] bytes, String fileName, Map<String, String> partners, String defaultOwner) {
        String name = fileName == null || fileName.isBlank() ? "the file" : "'" + fileName + "'";
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("file", name + " is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("file", name + " is larger than 20 MB");
        }
        ProjectFile project;
        try {
            project = new UniversalProjectReader().read(new ByteArrayInputStream(bytes));
        } catch (Exception | LinkageError e) {
            throw new InvalidInput("file", name + " cannot be read as an MS Project or Primavera schedule: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (project == null) {
            throw new InvalidInput("file", name + " is not a schedule format we can read: send MS Project XML "
                    + "(.xml, saved as XML from MS Project) or a Primavera export (.xer)");
        }
        return convert(project, name, partners, defaultOwner);
    }

    static JclPlan convert(ProjectFile project, String name, Map<String, String> partners, String defaultOwner) {
        ProjectProperties units = project.getProjectProperties();
        List<Task> leaves = new ArrayList<>();
        for (Task t : project.getTasks()) {
            boolean projectSummary = Integer.valueOf(0).equals(t.getID()) && Integer.valueOf(0).equals(t.getUniqueID())
                    && t.getParentTask() == null;
            if (t.getUniqueID() == null || projectSummary || t.getSummary() || !t.getChildTasks().isEmpty()) {
                continue;
            }
            if (t.getName() == null && t.getDuration() == null && t.getPredecessors().isEmpty()) {
                continue; // a blank row of an MS Project sheet
            }
            leaves.add(t);
        }
        if (leaves.isEmpty()) {
            throw new InvalidInput("file", name + " holds no tasks (only summary tasks or nothing)");
        }
        Map<Task, String> ids = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Task t : leaves) {
            String id = t.getActivityID();
            if (id == null || !id.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}") || used.contains(id.strip())) {
                id = "T" + t.getUniqueID();
            }
            id = id.strip();
            used.add(id);
            ids.put(t, id);
        }
        Map<String, String> owners = new HashMap<>();
        partners.forEach((id, partnerName) -> {
            owners.put(id.toLowerCase(Locale.ROOT), id);
            if (partnerName != null) {
                owners.put(partnerName.strip().toLowerCase(Locale.ROOT), id);
            }
        });
        List<JclPlan.ActivitySpec> activities = new ArrayList<>();
        for (Task t : leaves) {
            String id = ids.get(t);
            String label = "task '" + (t.getName() == null ? id : t.getName()) + "' (" + id + ")";
            double days = days(duration(t), units, 0);
            boolean milestone = t.getMilestone() || days == 0;
            DistributionSpec duration = milestone ? null : distribution(t, days, units);
            List<JclPlan.LinkSpec> links = new ArrayList<>();
            for (Relation r : t.getPredecessors()) {
                Task from = r.getPredecessorTask();
                String fromId = ids.get(from);
                if (fromId == null) {
                    throw new InvalidInput("file", name + ": " + label + " follows '"
                            + (from == null ? "?" : from.getName()) + "', which is a summary task or not in the "
                            + "file; link leaf tasks only");
                }
                String type = switch (r.getType() == null ? RelationType.FINISH_START : r.getType()) {
                    case FINISH_START -> "FS";
                    case START_START -> "SS";
                    case FINISH_FINISH -> "FF";
                    case START_FINISH -> throw new InvalidInput("file", name + ": " + label
                            + " has a start-to-finish link from " + fromId + "; the simulation takes FS, SS and FF "
                            + "links only — change it in the source schedule");
                };
                double lag = days(r.getLag(), units, days(duration(from), units, 0));
                links.add(new JclPlan.LinkSpec(fromId, type, lag));
            }
            JclPlan.CostSpec cost = null;
            Number c = t.getCost();
            if (c != null && c.doubleValue() > 0) {
                cost = new JclPlan.CostSpec(DistributionSpec.fixed(round(c.doubleValue())), null);
            }
            activities.add(new JclPlan.ActivitySpec(id, t.getName() == null ? id : t.getName().strip(),
                    owner(t, owners, defaultOwner), duration, milestone ? Boolean.TRUE : null, null,
                    links.isEmpty() ? null : links, cost));
        }
        java.time.LocalDateTime start = start(units, leaves);
        return new JclPlan(activities, null, null, null, null, null, null, null, null,
                start == null ? null : start.toLocalDate().toString(),
                start == null ? null : calendar(project.getDefaultCalendar()));
    }

    /**
     * The project calendar as the plan's working calendar: its working weekdays and, as holidays, the dates its
     * non-working exceptions (recurring ones expanded) take out of a working weekday, at most
     * {@link WorkCalendar#MAX_HOLIDAYS}; null when the file has none or it has no working weekday. Exceptions that
     * make a weekend day a working day are not carried (the plan's calendar has no such entries).
     */
    static JclPlan.@Nullable CalendarSpec calendar(org.mpxj.@Nullable ProjectCalendar calendar) {
        if (calendar == null) {
            return null;
        }
        List<String> working = new ArrayList<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (calendar.isWorkingDay(d)) {
                working.add(d.name());
            }
        }
        if (working.isEmpty()) {
            return null;
        }
        java.util.TreeSet<java.time.LocalDate> holidays = new java.util.TreeSet<>();
        for (org.mpxj.ProjectCalendarException e : calendar.getExpandedCalendarExceptions()) {
            if (e.getWorking() || e.getFromDate() == null || e.getToDate() == null
                    || java.time.temporal.ChronoUnit.DAYS.between(e.getFromDate(), e.getToDate()) > 3660) {
                continue;
            }
            for (java.time.LocalDate d = e.getFromDate(); !d.isAfter(e.getToDate())
                    && holidays.size() < WorkCalendar.MAX_HOLIDAYS; d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d.getDayOfWeek()) && !calendar.isWorkingDate(d)) {
                    holidays.add(d);
                }
            }
        }
        String name = calendar.getName() == null || calendar.getName().isBlank() ? null : calendar.getName().strip();
        return new JclPlan.CalendarSpec(name, working,
                holidays.isEmpty() ? null : holidays.stream().map(java.time.LocalDate::toString).toList());
    }

    /**
     * The project start: the file's project start date, else its planned start (Primavera), else the earliest start
     * of its tasks; null when the file has none.
     */
    private static java.time.@Nullable LocalDateTime start(ProjectProperties project, List<Task> leaves) {
        if (project.getStartDate() != null) {
            return project.getStartDate();
        }
        if (project.getPlannedStart() != null) {
            return project.getPlannedStart();
        }
        java.time.LocalDateTime earliest = null;
        for (Task t : leaves) {
            java.time.LocalDateTime s = t.getStart() != null ? t.getStart() : t.getPlannedStart();
            if (s != null && (earliest == null || s.isBefore(earliest))) {
                earliest = s;
            }
        }
        return earliest;
    }

    /** The task's duration; a Primavera activity not started may carry only its planned or remaining duration. */
    private static @Nullable Duration duration(Task t) {
        if (t.getDuration() != null) {
            return t.getDuration();
        }
        return t.getPlannedDuration() != null ? t.getPlannedDuration() : t.getRemainingDuration();
    }

    private static DistributionSpec distribution(Task t, double days, ProjectProperties units) {
        Duration o = t.getDuration(1);
        Duration m = t.getDuration(2);
        Duration p = t.getDuration(3);
        if (o != null && m != null && p != null) {
            double min = days(o, units, 0);
            double mode = days(m, units, 0);
            double max = days(p, units, 0);
            if (min >= 0 && min <= mode && mode <= max && min < max) {
                return DistributionSpec.threePoint("pert", min, mode, max);
            }
        }
        return DistributionSpec.fixed(days);
    }

    private static String owner(Task t, Map<String, String> owners, String defaultOwner) {
        List<String> candidates = new ArrayList<>();
        candidates.add(t.getText(1));
        for (ResourceAssignment a : t.getResourceAssignments()) {
            if (a.getResource() != null) {
                candidates.add(a.getResource().getName());
                candidates.add(a.getResource().getInitials());
                candidates.add(a.getResource().getCode());
            }
        }
        for (String c : candidates) {
            if (c != null) {
                String id = owners.get(c.strip().toLowerCase(Locale.ROOT));
                if (id != null) {
                    return id;
                }
            }
        }
        return defaultOwner;
    }

    /** A duration in working days; a percent duration is a share of {@code base} days. */
    private static double days(@Nullable Duration d, ProjectProperties units, double base) {
        if (d == null) {
            return 0;
        }
        if (d.getUnits() == TimeUnit.PERCENT || d.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            return round(base * d.getDuration() / 100.0);
        }
        return round(d.convertUnits(TimeUnit.DAYS, units).getDuration());
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
