package com.pilotledger.app.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Clock;

/**
 * Deletes the records past their retention, every {@code pilot-ledger.idempotency.cleanup-interval}. Claims already
 * ignore such records, so this only keeps the table small; every instance may run it, the deletes do not conflict.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyRecordCleanup implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRecordCleanup.class);

    private final IdempotencyRecords records;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyRecordCleanup(IdempotencyRecords records, IdempotencyProperties properties, Clock clock) {
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::forgetExpired, properties.cleanupInterval());
    }

    private void forgetExpired() {
        int forgotten = records.forgetExpired(clock.instant());
        if (forgotten > 0) {
            log.info("Forgot {} idempotency records past their retention of {}", forgotten, properties.retention());
        }
    }
}
