package com.pilotledger.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import javax.sql.DataSource;
import java.util.List;

/**
 * Deadlines that survive a restart and fire on exactly one instance: Axon's db-scheduler deadline manager over the
 * {@code scheduled_tasks} table. Axon's auto-configuration supplies the tasks and the deadline manager once this
 * scheduler exists; the scheduler starts when the application is ready, so no deadline fires into a half-built
 * application, and stops before the data source closes.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource,
                                @Qualifier("deadlineDetailsTask") Task<?> deadlineTask,
                                @Qualifier("eventDataTask") Task<?> eventTask,
                                DeadlineSettings deadlines,
                                LedgerNode node) {
        return Scheduler.create(dataSource, List.of(deadlineTask, eventTask))
                .tableName("scheduled_tasks")
                // Instances on one host must not share a name: it is how they tell each other's running tasks apart.
                .schedulerName(new SchedulerName.Fixed(node.id()))
                .pollingInterval(deadlines.pollingInterval())
                .threads(2)
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startDeadlines(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
