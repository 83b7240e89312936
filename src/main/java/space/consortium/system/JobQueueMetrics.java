package space.consortium.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The length of the persisted job queue, seen from the database and so the same on every node: how many jobs are
 * due and wait for a node ({@code consortium.jobs.queued}) and how many a node has picked and runs
 * ({@code consortium.jobs.running}). It reads db-scheduler's {@code scheduled_tasks} table; when that table does not
 * exist (no persisted jobs in this version) it registers nothing.
 * <p>
 * Job durations come from the place that runs them: a {@code ThreadPoolTaskExecutor} bean is measured by Spring Boot
 * ({@code executor_*} meters: queued, active, completed, and task time), and a job records its own run with
 * {@code Timer.builder("consortium.jobs.duration").tag("kind", kind).tag("outcome", outcome)} (see
 * {@code docs/operations.md}).
 */
@Component
class JobQueueMetrics implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(JobQueueMetrics.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    JobQueueMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (Double.isNaN(queued())) {
            LOG.debug("No scheduled_tasks table: no job queue metrics");
            return;
        }
        Gauge.builder("consortium.jobs.queued", this, JobQueueMetrics::queued)
                .description("Persisted jobs that are due and wait for a node (all nodes)")
                .register(registry);
        Gauge.builder("consortium.jobs.running", this, JobQueueMetrics::running)
                .description("Persisted jobs picked by a node and running (all nodes)")
                .register(registry);
    }

    double queued() {
        return count("select count(*) from scheduled_tasks where picked = false and execution_time <= :now");
    }

    double running() {
        return count("select count(*) from scheduled_tasks where picked = true");
    }

    private double count(String sql) {
        try {
            var statement = jdbc.sql(sql);
            if (sql.contains(":now")) {
                statement = statement.param("now", Timestamp.from(clock.instant()));
            }
            return statement.query(Long.class).single();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
