package space.consortium.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * db-scheduler in the server (a command that opens the database neither picks up a job nor waits for one): one task,
 * {@value JobService#TASK}, runs every job. A dead execution (its node stopped sending heartbeats) is revived, so that
 * another node runs the job; a job's own failure is recorded on the job and not retried. The scheduler starts once the
 * application is ready (the migrations have run) and stops with it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class JobScheduling {

    @Bean
    OneTimeTask<Void> computationJob(JobService jobs) {
        return Tasks.oneTime(JobService.TASK)
                .onDeadExecutionRevive()
                .execute((instance, context) -> jobs.execute(instance.getId(),
                        String.valueOf(context.getExecution().pickedBy)));
    }

    @Bean(destroyMethod = "stop")
    Scheduler jobScheduler(DataSource dataSource, OneTimeTask<Void> computationJob,
                           @Value("${consortium.jobs.threads:1}") int threads,
                           @Value("${consortium.jobs.polling-interval:2s}") Duration polling,
                           @Value("${consortium.jobs.heartbeat-interval:10s}") Duration heartbeat,
                           @Value("${consortium.jobs.missed-heartbeats-limit:6}") int missedHeartbeats) {
        return Scheduler.create(dataSource, computationJob)
                .threads(threads)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    /** Starts polling once the schema is migrated and the application serves. */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(Scheduler.class).start();
    }
}
