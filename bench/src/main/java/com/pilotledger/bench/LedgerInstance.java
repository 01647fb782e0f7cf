package com.pilotledger.bench;

import com.pilotledger.app.PilotLedgerApplication;
import com.pilotledger.app.integrity.IntegritySettings;
import com.pilotledger.app.integrity.LedgerVerification;
import com.pilotledger.app.projection.ProjectionCatchUp;
import com.pilotledger.app.projection.ProjectionSettings;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The application itself, started in this process exactly as in production (same configuration, web server on a
 * free port), on the benchmark's database. Only the capital budget is raised, so that thousands of authorizations
 * are decided on their merits rather than refused for want of money, and aggregate snapshots are switched as asked.
 */
final class LedgerInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final boolean snapshots;

    private LedgerInstance(ConfigurableApplicationContext context, boolean snapshots) {
        this.context = context;
        this.snapshots = snapshots;
    }

    /** The instance on a free port, with the given settings added to the benchmark's own. */
    static LedgerInstance start(BenchDatabase database, boolean snapshots, String... settings) {
        List<String> arguments = arguments(database, snapshots);
        arguments.add("--server.port=0");
        arguments.addAll(List.of(settings));
        return new LedgerInstance(new SpringApplicationBuilder(PilotLedgerApplication.class)
                .run(arguments.toArray(String[]::new)), snapshots);
    }

    /** The command-line settings of every instance the benchmark starts, in this process or in one of its own. */
    static List<String> arguments(BenchDatabase database, boolean snapshots) {
        List<String> arguments = new ArrayList<>();
        database.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(List.of("--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.com.pilotledger=INFO",
                "--pilot-ledger.snapshots.enabled=" + snapshots,
                "--pilot-ledger.capital.initial.budget=100000000000.00"));
        return arguments;
    }

    /**
     * What docs/operations.md prescribes for each of several instances on one database: the segments of every
     * processor spread over them, idle segments' tokens committed every 100 ms, so that each instance sees how far the
     * others' segments are, and the store polled every 10 ms for the events the others append.
     */
    static String[] severalInstances(int instances, int segments) {
        return new String[] {"--pilot-ledger.projections.claim-extension=100ms",
                "--pilot-ledger.projections.remote-fetch-delay=10ms",
                "--pilot-ledger.projections.max-claimed-segments=" + (segments + instances - 1) / instances};
    }

    /** The key file this instance signs checkpoints with, which instances of one ledger share. */
    Path signingKey() {
        return bean(IntegritySettings.class).signingKey().toAbsolutePath();
    }

    /** Segments of every processor, as this instance configures them (the benchmark never changes the default). */
    int segments() {
        return bean(ProjectionSettings.class).segments();
    }

    boolean snapshots() {
        return snapshots;
    }

    CommandGateway commandGateway() {
        return context.getBean(CommandGateway.class);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /**
     * Waits until the store stands still and every handler has processed it: authorizations go on in the background
     * (reserve, commit), and a freshly started instance first claims its segments and catches up. A freshly started
     * instance also verifies the whole sealed log once; that is waited for too, so it never runs beside a measurement.
     */
    void awaitProcessesAtRest() {
        ProjectionCatchUp catchUp = bean(ProjectionCatchUp.class);
        LedgerVerification verification = bean(LedgerVerification.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (verification.latest().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The start-up verification did not finish within 30 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        long before;
        do {
            before = eventCount();
            if (!catchUp.awaitCurrentHead(Duration.ofMinutes(30))) {
                throw new IllegalStateException("The event handlers did not catch up within 30 minutes");
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        } while (eventCount() != before);
    }

    long eventCount() {
        return jdbc().queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
