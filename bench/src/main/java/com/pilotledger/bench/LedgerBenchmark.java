package com.pilotledger.bench;

import com.pilotledger.api.policy.WhatIfReport;
import com.pilotledger.app.integrity.LedgerVerification;
import com.pilotledger.app.policy.WhatIf;
import com.pilotledger.app.projection.ProjectionCatchUp;
import com.pilotledger.app.projection.ProjectionRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of docs/performance.md: builds a portfolio through the real command path on an empty database, then
 * measures commands (S1), live and seal lag (S2), a full rebuild (S3), reads (S4), aggregate loading (S5) and the
 * verification of the sealed log (S6), the what-if of a stricter policy (S7), production metric ingestion (S8), next to
 * the ceilings of the same database measured in the same run, and writes
 * {@code <store>.json} and {@code <store>.md}. With {@code --instances=3} it then drives S1 over HTTP and S4 once more
 * across three instances on the one PostgreSQL database, two of them processes of their own.
 * <pre>java -Xmx512m -jar bench/target/pilot-ledger-bench.jar --store=postgres</pre>
 */
public final class LedgerBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LedgerBenchmark.class);

    private final BenchOptions options;
    private final BenchReport report = new BenchReport();

    LedgerBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] arguments) throws Exception {
        // Axon reports usage over the internet at start-up unless told not to, as the application's own main does.
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchOptions options = BenchOptions.parse(arguments);
        Path written = new LedgerBenchmark(options).run();
        System.out.println("Report written to " + written.toAbsolutePath());
        System.exit(0);
    }

    /** Runs every scenario and returns the report's markdown file. */
    Path run() throws Exception {
        try (MemoryWatch memory = new MemoryWatch(); BenchDatabase database = BenchDatabase.create(options)) {
            describe(database);
            PortfolioSeed.Portfolio portfolio = buildPortfolio(database);
            int segments;
            try (LedgerInstance ledger = LedgerInstance.start(database, false)) {
                ledger.awaitProcessesAtRest();
                commands(ledger, portfolio, "without snapshots");
                aggregateLoad(ledger, portfolio, "without snapshots");
            }
            try (LedgerInstance ledger = LedgerInstance.start(database, true)) {
                segments = ledger.segments();
                // Measure the running application: its processors have claimed their segments and caught up.
                ledger.awaitProcessesAtRest();
                LiveLagProbe probe = new LiveLagProbe(ledger.commandGateway(), ledger.jdbc(),
                        portfolio.probePilot()).start();
                SealLagProbe sealing = new SealLagProbe(ledger.jdbc()).start();
                commands(ledger, portfolio, "with snapshots");
                report.result("S2", "acknowledged → on the board, under S1 load", probe.stop(), "probes/s", null);
                sealLag("S2", "under S1 load", sealing);
                aggregateLoad(ledger, portfolio, "with snapshots");
                ledger.awaitProcessesAtRest();
                log.info("S6 verifying the sealed log");
                LogVerification.measure(ledger, report);
                double replaySeconds = rebuild(ledger);
                whatIf(ledger, replaySeconds);
                reads(ledger, portfolio);
                metricIngestion(ledger, portfolio);
            }
            if (options.instances() > 1) {
                acrossInstances(database, portfolio, segments);
            }
            report.figure("memory", "peak heap used (max heap " + Math.round(MemoryWatch.maxHeapMebibytes())
                    + " MiB)", memory.peakHeapMebibytes(), "MiB");
            report.figure("memory", "peak resident set size of the process (VmHWM)",
                    MemoryWatch.peakResidentMebibytes(), "MiB");
            Targets.judge(report);
            report.write(options.output(), options.store());
            return options.output().resolve(options.store() + ".md");
        }
    }

    private void describe(BenchDatabase database) {
        report.setting("store", database.description());
        report.setting("started", Instant.now().toString());
        report.setting("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", max heap " + Math.round(MemoryWatch.maxHeapMebibytes())
                + " MiB");
        report.setting("options", options.toString());
    }

    private PortfolioSeed.Portfolio buildPortfolio(BenchDatabase database) throws Exception {
        try (LedgerInstance ledger = LedgerInstance.start(database, true)) {
            DatabaseCeiling ceiling = new DatabaseCeiling(ledger.dataSource(), report, options.clients(),
                    options.phase());
            log.info("Measuring the database's ceilings for writes");
            ceiling.measureWrites();
            log.info("Building {} pilots through the command gateway", options.pilots());
            SealLagProbe sealing = new SealLagProbe(ledger.jdbc()).start();
            PortfolioSeed.Portfolio portfolio = PortfolioSeed.build(ledger, options);
            sealLag("seed", "while building the portfolio", sealing);
            String autovacuum = Vacuum.autovacuumSetting(ledger.dataSource());
            if (autovacuum != null) {
                report.setting("PostgreSQL autovacuum", autovacuum + ("off".equals(autovacuum)
                        ? " (the benchmark vacuums after building the portfolio and after the rebuild instead)" : ""));
            }
            Vacuum.standingInForAutovacuum(ledger.dataSource()).run();
            report.setting("data set", String.format(Locale.ROOT, "%,d pilots, %,d events", options.pilots() + 2,
                    portfolio.events()));
            report.figure("seed", "portfolio built through the command gateway (" + options.clients()
                    + " clients), views caught up", portfolio.seconds(), "s");
            report.figure("seed", "events appended and projected per second while building",
                    portfolio.events() / portfolio.seconds(), "events/s");
            log.info("Measuring the database's ceilings for reads");
            ceiling.measureReads(portfolio.events());
            return portfolio;
        }
    }

    private void commands(LedgerInstance ledger, PortfolioSeed.Portfolio portfolio, String snapshots) {
        log.info("S1 {}", snapshots);
        CommandLoad load = new CommandLoad(portfolio.livePilots(), options, snapshots.replace(' ', '-'));
        report.result("S1", "gateway, " + options.clients() + " clients, " + snapshots,
                load.throughGateway(ledger.commandGateway()), "commands/s",
                ledger.snapshots() ? DatabaseCeiling.SNAPSHOT_APPEND : DatabaseCeiling.LOAD_100_APPEND);
        // The HTTP phase starts with the views caught up: its commands, which answer once the views show them, would
        // otherwise wait out the backlog the gateway's phase left (half a minute on H2). Caught up with the store's
        // head, not at rest: the live lag probe (S2) goes on sending commands.
        Stopwatch catchUp = Stopwatch.start();
        if (!ledger.bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofMinutes(30))) {
            throw new IllegalStateException("The views did not catch up with the gateway's commands within 30 minutes");
        }
        report.figure("S1", "views caught up after the gateway's phase, " + snapshots, catchUp.elapsedSeconds(), "s");
        report.result("S1", "HTTP, " + options.clients() + " clients, " + snapshots + " (answer after the views)",
                load.overHttp(List.of(new LedgerHttp(ledger.port()))), "commands/s",
                ledger.snapshots() ? DatabaseCeiling.SNAPSHOT_APPEND : DatabaseCeiling.LOAD_100_APPEND);
    }

    private void sealLag(String scenario, String when, SealLagProbe probe) throws InterruptedException {
        ClientLoad.Outcome lags = probe.stop();
        report.result(scenario, "committed → sealed, " + when, lags, "samples/s", null);
        report.figure(scenario, "committed → sealed, " + when + ": p95", lags.latencies().percentileMillis(0.95),
                "ms");
        report.figure(scenario, "committed → sealed, " + when + ": max", lags.latencies().percentileMillis(1),
                "ms");
    }

    private void aggregateLoad(LedgerInstance ledger, PortfolioSeed.Portfolio portfolio, String snapshots) {
        log.info("S5 {}", snapshots);
        report.result("S5", "load the " + options.longPilotEvents() + "-event pilot, " + snapshots,
                AggregateLoad.measure(ledger, portfolio.longLivedPilot()), "loads/s", null);
    }

    /** Returns how long the replay of every event took. */
    private double rebuild(LedgerInstance ledger) {
        log.info("S3 rebuilding every projection");
        long events = ledger.eventCount();
        Stopwatch stopwatch = Stopwatch.start();
        if (!ledger.bean(ProjectionRebuild.class).rebuildAll(Duration.ofMinutes(60))) {
            throw new IllegalStateException("The rebuild did not finish within an hour");
        }
        double seconds = stopwatch.elapsedSeconds();
        Vacuum.standingInForAutovacuum(ledger.dataSource()).run();
        report.figure("S3", "rebuild of every projection over " + events + " events", seconds, "s");
        report.figure("S3", "of which verifying the sealed log first (as every rebuild does)", ledger.bean(
                LedgerVerification.class).latest().orElseThrow().took().toNanos() / 1e9, "s");
        report.figure("S3", "events replayed per second", events / seconds, "events/s");
        report.figure("S3", "fraction of the ceiling: " + "ordered read + 1 row per event written in batches of 100",
                events / seconds / report.ceilingRate(DatabaseCeiling.PROJECTION_WRITE), "");
        return seconds;
    }

    /**
     * S7: the what-if of a stricter policy version over the whole portfolio's history (proposed, never activated),
     * beside S3's replay of every event into the views.
     */
    private void whatIf(LedgerInstance ledger, double replaySeconds) {
        log.info("S7 what-if of a stricter policy version");
        String version = "bench-strict";
        ledger.commandGateway().sendAndWait(PortfolioScript.stricterPolicy(version), PortfolioScript.administrator());
        Stopwatch stopwatch = Stopwatch.start();
        WhatIfReport whatIf = ledger.bean(WhatIf.class).of(version);
        double seconds = stopwatch.elapsedSeconds();
        report.figure("S7", "what-if over " + whatIf.eventsRead() + " events, " + whatIf.pilotsReplayed()
                + " pilots", seconds, "s");
        report.figure("S7", "events replayed per second by the what-if", whatIf.eventsRead() / seconds, "events/s");
        report.figure("S7", "as a fraction of S3's replay of every event (its time / the what-if's time)",
                replaySeconds / seconds, "");
        report.figure("S7", "recommendations that would have differed", whatIf.recommendationsDiffering(),
                "recommendations");
        report.figure("S7", "authorizations that would have been overrides", whatIf.authorizationsBecomingOverrides(),
                "authorizations");
        report.figure("S7", "pilots in another recommended posture today", whatIf.pilotsDifferingToday(), "pilots");
    }

    /**
     * S8: production metric points sent over HTTP by monitoring systems, as points per second and as a fraction of
     * the database's own rate for inserting the same batches, measured just before; then how long the views take to
     * show everything that was acknowledged.
     */
    private void metricIngestion(LedgerInstance ledger, PortfolioSeed.Portfolio portfolio) throws Exception {
        log.info("S8 metric ingestion");
        int perBatch = MetricIngestionLoad.POINTS_PER_BATCH;
        new DatabaseCeiling(ledger.dataSource(), report, options.clients(), options.phase())
                .measureMetricPoints(perBatch);
        ClientLoad.Outcome sent = new MetricIngestionLoad(portfolio.livePilots(), options)
                .overHttp(new LedgerHttp(ledger.port()));
        report.result("S8", "metric batches of " + perBatch + " points (4 metrics x "
                + MetricIngestionLoad.SAMPLES_PER_HOUR + " samples), HTTP, " + options.clients() + " clients, "
                + portfolio.livePilots().size() + " pilots in turn", sent, "batches/s", null);
        double points = sent.latencies().count() * (double) perBatch;
        double pointsPerSecond = sent.perSecond() * perBatch;
        report.figure("S8", "points recorded per second over HTTP", pointsPerSecond, "points/s");
        report.figure("S8", "as a fraction of the ceiling: " + perBatch + " points inserted per commit",
                pointsPerSecond / report.ceilingRate(DatabaseCeiling.METRIC_POINT_BATCHES), "");
        Stopwatch catchUp = Stopwatch.start();
        if (!ledger.bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofMinutes(30))) {
            throw new IllegalStateException("The views did not show the metric points within 30 minutes");
        }
        double behind = catchUp.elapsedSeconds();
        report.figure("S8", "views caught up after the load", behind, "s");
        report.figure("S8", "points recorded and shown in the views per second", points / (sent.seconds() + behind),
                "points/s");
    }

    private void reads(LedgerInstance ledger, PortfolioSeed.Portfolio portfolio) {
        log.info("S4 reads");
        ReadLoad reads = new ReadLoad(List.of(new LedgerHttp(ledger.port())), portfolio.livePilots(), options);
        ClientLoad.Outcome today = reads.boardPages();
        report.result("S4", "board page of 50, filtered and sorted, HTTP, " + options.readClients() + " clients",
                today, "requests/s", null);
        ClientLoad.Outcome asOf = reads.asOfBoardPages(portfolio.startedAt(), portfolio.finishedAt());
        report.result("S4", "as-of board page of 50 (an instant while the portfolio was built), HTTP, "
                + options.readClients() + " clients", asOf, "requests/s", null);
        report.figure("S4", "as-of board page: median time as a multiple of today's board page",
                asOf.latencies().percentileMillis(0.5) / today.latencies().percentileMillis(0.5), "×");
        report.result("S4", "pilot history page of 50, HTTP, " + options.readClients() + " clients",
                reads.pilotHistories(), "requests/s", null);
    }

    /**
     * S1 over HTTP and S4's board and history pages once more, their clients dealt in turn to several instances on the
     * one database, as a load balancer deals them: this process's instance and further ones in processes of their
     * own, all with the settings docs/operations.md prescribes for several instances. Each instance's share of the
     * calls and each process's peak resident memory are reported beside the rows.
     */
    private void acrossInstances(BenchDatabase database, PortfolioSeed.Portfolio portfolio, int segments)
            throws InterruptedException {
        int count = options.instances();
        String across = "HTTP across " + count + " instances";
        log.info("S1 and S4 {}", across);
        String[] severalInstances = LedgerInstance.severalInstances(count, segments);
        try (LedgerInstance ledger = LedgerInstance.start(database, true, severalInstances)) {
            List<String> settings = LedgerInstance.arguments(database, true);
            settings.addAll(List.of(severalInstances));
            try (LedgerProcesses others = LedgerProcesses.start(count - 1, settings, ledger.signingKey(),
                    options.output())) {
                others.awaitReady(Duration.ofMinutes(10));
                ledger.awaitProcessesAtRest();
                List<Integer> ports = new ArrayList<>(List.of(ledger.port()));
                others.instances().forEach(instance -> ports.add(instance.port()));
                CommandLoad load = new CommandLoad(portfolio.livePilots(), options, "across-instances");
                List<LedgerHttp> commands = LedgerHttp.at(ports);
                report.result("S1", across + ", " + options.clients() + " clients, with snapshots (answer after "
                                + "the views)", load.overHttp(commands), "commands/s", DatabaseCeiling.SNAPSHOT_APPEND);
                callsPerInstance("S1", "commands", commands);
                List<LedgerHttp> boards = LedgerHttp.at(ports);
                report.result("S4", "board page of 50, filtered and sorted, " + across + ", " + options.readClients()
                        + " clients", new ReadLoad(boards, portfolio.livePilots(), options).boardPages(), "requests/s",
                        null);
                callsPerInstance("S4", "board pages", boards);
                List<LedgerHttp> histories = LedgerHttp.at(ports);
                report.result("S4", "pilot history page of 50, " + across + ", " + options.readClients()
                        + " clients", new ReadLoad(histories, portfolio.livePilots(), options).pilotHistories(),
                        "requests/s", null);
                callsPerInstance("S4", "pilot history pages", histories);
                for (LedgerProcesses.Instance instance : others.instances()) {
                    report.figure("memory", "instance at port " + instance.port() + " (a process of its own, "
                            + "-Xmx512m): peak resident set size (VmHWM)", instance.peakResidentMebibytes(), "MiB");
                }
            }
        }
    }

    /** How many calls each instance answered: the clients are dealt to them in turn, so the shares show it held. */
    private void callsPerInstance(String scenario, String calls, List<LedgerHttp> instances) {
        for (int number = 0; number < instances.size(); number++) {
            report.figure(scenario, calls + " answered by instance " + (number + 1) + " (" + instances.get(number)
                    .base() + (number == 0 ? ", in the benchmark's process" : "") + ")",
                    instances.get(number).answered(), calls);
        }
    }
}
