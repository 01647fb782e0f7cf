package com.pilotledger.app.e2e;

import com.pilotledger.app.PilotLedgerApplication;
import com.pilotledger.app.axon.LedgerNode;
import com.pilotledger.app.projection.ProjectionCatchUp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The whole application, started as in production on a random port against one {@link TestDatabase}; it can be
 * stopped and started again on the same database to prove that nothing lives only in memory.
 */
public final class RunningLedger implements AutoCloseable {

    private final TestDatabase database;
    private final boolean ownsDatabase;
    private final List<String> extraArguments;
    private ConfigurableApplicationContext context;

    public RunningLedger(String... extraArguments) {
        this(TestDatabase.create(), true, extraArguments);
    }

    /** An instance on a database that another instance shares; whoever created the database closes it. */
    static RunningLedger sharing(TestDatabase database, String... extraArguments) {
        return new RunningLedger(database, false, extraArguments);
    }

    private RunningLedger(TestDatabase database, boolean ownsDatabase, String... extraArguments) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.extraArguments = List.of(extraArguments);
        start();
    }

    /** Settings go in as command-line arguments: they must win over application.yml, as a real operator's do. */
    void start() {
        Map<String, Object> properties = new HashMap<>(database.properties());
        if (AxonServerUnderTest.inUse()) {
            properties.putAll(AxonServerUnderTest.properties());
        }
        properties.put("server.port", "0");
        String[] arguments = Stream.concat(properties.entrySet().stream()
                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()), extraArguments.stream())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(PilotLedgerApplication.class).run(arguments);
        if (extraArguments.contains("--demo")) {
            awaitDueDeadlines();
        }
    }

    /**
     * The demo's history reaches months back, so some of its deadlines fell due before the start (a gap-closure plan
     * overdue, a 90-day review due): they fire at the scheduler's first polls and append their events. A test counts
     * events, seals and views only once they have fired and the views show them, so what it counted stays counted.
     */
    private void awaitDueDeadlines() {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc().queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?", Long.class,
                Timestamp.from(Instant.now())) > 0) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("The demo's due deadlines did not fire within 60 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        if (!bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofSeconds(60))) {
            throw new IllegalStateException("The views did not catch up with the demo within 60 s");
        }
    }

    /**
     * Waits until no segment is claimed by another instance. A backup holds the claims of the instance that ran when
     * it was taken; a copy restored within seconds of it waits for them to lapse (the token store's claim timeout)
     * before this instance takes those segments over, and a rebuild can reset them.
     */
    void awaitClaimsOfOthersLapsed(Duration within) {
        String node = bean(LedgerNode.class).id();
        long giveUp = System.nanoTime() + within.toNanos();
        while (jdbc().queryForObject("SELECT COUNT(*) FROM token_entry WHERE owner IS NOT NULL AND owner <> ?",
                Long.class, node) > 0) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("Segments still claimed by other instances after " + within);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    void stop() {
        context.close();
    }

    LedgerClient client() {
        return new LedgerClient(port());
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every bean of a type, by name: to show which of the alternatives a configuration declared. */
    public <T> Map<String, T> beans(Class<T> type) {
        return context.getBeansOfType(type);
    }

    /** One of several beans of a type, by name (Actuator adds a second request mapping, say). */
    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public long eventCount() {
        return jdbc().queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    /** Every row of a table in a stable order, to compare read models before and after a rebuild. */
    List<Map<String, Object>> rows(String table, String orderBy) {
        return jdbc().queryForList("SELECT * FROM " + table + " ORDER BY " + orderBy);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    String databaseDescription() {
        return database.description();
    }

    @Override
    public void close() {
        if (context != null && context.isActive()) {
            context.close();
        }
        if (ownsDatabase) {
            database.close();
        }
    }
}
