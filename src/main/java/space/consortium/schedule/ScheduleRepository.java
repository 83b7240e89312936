package space.consortium.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScheduleRepository {

    /** A stored plan row: its JSON and bookkeeping. */
    record Row(String projectId, String json, int activities, long version, LocalDateTime updatedAt) {
    }

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(String projectId) {
        return jdbc.sql("select * from schedule_plan where project_id = :project").param("project", projectId)
                .query((rs, i) -> new Row(rs.getString("project_id"), rs.getString("plan_json"),
                        rs.getInt("activities"), rs.getLong("version"),
                        rs.getTimestamp("updated_at").toLocalDateTime()))
                .optional();
    }

    void insert(String projectId, String json, int activities) {
        jdbc.sql("insert into schedule_plan (project_id, plan_json, activities) values (:project, :json, :n)")
                .param("project", projectId).param("json", json).param("n", activities).update();
    }

    int update(String projectId, long version, String json, int activities) {
        return jdbc.sql("""
                        update schedule_plan set plan_json = :json, activities = :n, version = version + 1,
                               updated_at = current_timestamp
                        where project_id = :project and version = :version""")
                .param("json", json).param("n", activities).param("project", projectId).param("version", version)
                .update();
    }

    int delete(String projectId) {
        jdbc.sql("delete from jcl_run where project_id = :project").param("project", projectId).update();
        return jdbc.sql("delete from schedule_plan where project_id = :project").param("project", projectId).update();
    }

    long insertRun(String projectId, long planVersion, JclReport r) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        JclReport.FinishDates d = r.finishDates();
        jdbc.sql("""
                        insert into jcl_run (project_id, plan_version, trials, seed, finish_mean, finish_p50,
                                             finish_p70, finish_p80, cost_mean, cost_p50, cost_p70, cost_p80,
                                             finish_target, cost_target, jcl, start_date, date_rule,
                                             finish_mean_date, finish_p50_date, finish_p70_date, finish_p80_date,
                                             finish_target_date)
                        values (:project, :version, :trials, :seed, :fm, :f50, :f70, :f80, :cm, :c50, :c70, :c80,
                                :ft, :ct, :jcl, :start, :rule, :fmd, :f50d, :f70d, :f80d, :ftd)""")
                .param("project", projectId).param("version", planVersion).param("trials", r.trials())
                .param("seed", r.seed()).param("fm", r.finish().mean()).param("f50", r.finish().p50())
                .param("f70", r.finish().p70()).param("f80", r.finish().p80()).param("cm", r.cost().mean())
                .param("c50", r.cost().p50()).param("c70", r.cost().p70()).param("c80", r.cost().p80())
                .param("ft", r.finishTarget()).param("ct", r.costTarget()).param("jcl", r.jcl())
                .param("start", d == null ? null : LocalDate.parse(d.start()), Types.DATE)
                .param("rule", d == null ? null : d.rule(), Types.VARCHAR)
                .param("fmd", d == null ? null : LocalDate.parse(d.mean()), Types.DATE)
                .param("f50d", d == null ? null : LocalDate.parse(d.p50()), Types.DATE)
                .param("f70d", d == null ? null : LocalDate.parse(d.p70()), Types.DATE)
                .param("f80d", d == null ? null : LocalDate.parse(d.p80()), Types.DATE)
                .param("ftd", d == null ? null : LocalDate.parse(d.target()), Types.DATE)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<JclRunRecord> findRun(long id) {
        return jdbc.sql("select * from jcl_run where id = :id").param("id", id).query(ScheduleRepository::run)
                .optional();
    }

    List<JclRunRecord> runs(String projectId, int limit) {
        return jdbc.sql("select * from jcl_run where project_id = :project order by id desc limit :limit")
                .param("project", projectId).param("limit", limit).query(ScheduleRepository::run).list();
    }

    private static JclRunRecord run(ResultSet rs, int i) throws SQLException {
        return new JclRunRecord(rs.getLong("id"), rs.getString("project_id"), rs.getLong("plan_version"),
                rs.getInt("trials"), rs.getLong("seed"), rs.getDouble("finish_mean"), rs.getDouble("finish_p50"),
                rs.getDouble("finish_p70"), rs.getDouble("finish_p80"), rs.getDouble("cost_mean"),
                rs.getDouble("cost_p50"), rs.getDouble("cost_p70"), rs.getDouble("cost_p80"),
                rs.getDouble("finish_target"), rs.getDouble("cost_target"), rs.getDouble("jcl"),
                rs.getTimestamp("ran_at").toLocalDateTime(), dates(rs));
    }

    private static JclRunRecord.@Nullable Dates dates(ResultSet rs) throws SQLException {
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        if (start == null) {
            return null;
        }
        return new JclRunRecord.Dates(start.toString(), String.valueOf(rs.getString("date_rule")),
                date(rs, "finish_mean_date"), date(rs, "finish_p50_date"), date(rs, "finish_p70_date"),
                date(rs, "finish_p80_date"), date(rs, "finish_target_date"));
    }

    private static String date(ResultSet rs, String column) throws SQLException {
        return String.valueOf(rs.getObject(column, LocalDate.class));
    }
}
