package com.pilotledger.bench;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the portfolio through the command gateway, as its users would: every pilot registered by the portfolio
 * manager, its readiness signals recorded by its owner, then one in five authorized for Controlled Investment (through
 * the authorization process and the portfolio's capital), one in twenty paused and one in fifty killed. Pilots are
 * built concurrently by the configured number of clients; one long-lived pilot is built alongside, one signal at a
 * time, until it holds the events S5 loads.
 */
final class PortfolioSeed {

    private static final Logger log = LoggerFactory.getLogger(PortfolioSeed.class);

    /**
     * The pilots built: those still alive take further commands, the long-lived one is loaded by S5. Its history
     * spans from {@code startedAt} to {@code finishedAt} (business times are the clock's), where S4 reads the past.
     */
    record Portfolio(List<String> livePilots, String longLivedPilot, String probePilot, long events, double seconds,
                     Instant startedAt, Instant finishedAt) {
    }

    private PortfolioSeed() {
    }

    static Portfolio build(LedgerInstance ledger, BenchOptions options) {
        CommandGateway gateway = ledger.commandGateway();
        List<String> live = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger built = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(options.clients() + 1);
        Stopwatch stopwatch = Stopwatch.start();
        Instant startedAt = Instant.now();
        String longLived = "bench-long-lived-pilot";
        List<Future<?>> work = new ArrayList<>();
        work.add(clients.submit(() -> buildLongLived(gateway, longLived, options.longPilotEvents())));
        for (int number = 0; number < options.pilots(); number++) {
            int pilot = number;
            work.add(clients.submit(() -> {
                if (buildPilot(gateway, pilot, options.signalsPerPilot())) {
                    live.add(PortfolioScript.pilotId(pilot));
                }
                int done = built.incrementAndGet();
                if (done % 500 == 0) {
                    log.info("Built {} of {} pilots in {} s", done, options.pilots(),
                            Math.round(stopwatch.elapsedSeconds()));
                }
            }));
        }
        String probe = "bench-lag-probe";
        gateway.sendAndWait(PortfolioScript.register(probe, 0), PortfolioScript.portfolioManager());
        try {
            for (Future<?> step : work) {
                step.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Building the portfolio failed", e);
        } finally {
            clients.shutdownNow();
        }
        ledger.awaitProcessesAtRest();
        return new Portfolio(List.copyOf(live), longLived, probe, ledger.eventCount(), stopwatch.elapsedSeconds(),
                startedAt, Instant.now());
    }

    /** Returns whether the pilot is still alive (not killed) at the end of its script. */
    private static boolean buildPilot(CommandGateway gateway, int number, int signals) {
        String pilotId = PortfolioScript.pilotId(number);
        Random random = new Random(number);
        gateway.sendAndWait(PortfolioScript.register(pilotId, number), PortfolioScript.portfolioManager());
        for (int signal = 0; signal < signals; signal++) {
            gateway.sendAndWait(PortfolioScript.signal(pilotId, random, (double) signal / signals),
                    PortfolioScript.pilotOwner());
        }
        if (number % 5 == 0) {
            gateway.sendAndWait(PortfolioScript.authorize(pilotId, number), PortfolioScript.portfolioManager());
        }
        if (number % 20 == 1) {
            gateway.sendAndWait(PortfolioScript.pause(pilotId), PortfolioScript.portfolioManager());
        }
        if (number % 50 == 2) {
            gateway.sendAndWait(PortfolioScript.kill(pilotId), PortfolioScript.portfolioManager());
            return false;
        }
        return true;
    }

    /**
     * Registration gives two events (the pilot and its first recommendation); each further reading of the same
     * domain at the same level gives exactly one, as it leaves the recommendation unchanged. First its three gates
     * are stabilizing, so it stands in Controlled Investment, which S7's stricter version (every gate established)
     * would pause: however few pilots a run builds and however its random readings fall, one pilot differs there.
     */
    private static void buildLongLived(CommandGateway gateway, String pilotId, int events) {
        gateway.sendAndWait(PortfolioScript.register(pilotId, 1), PortfolioScript.portfolioManager());
        for (StabilizationDomain gate : List.of(StabilizationDomain.OPERATIONAL_OWNERSHIP,
                StabilizationDomain.GOVERNANCE_CONTINUITY, StabilizationDomain.PRODUCTION_ECONOMICS)) {
            gateway.sendAndWait(PortfolioScript.signal(pilotId, gate, ReadinessLevel.STABILIZING, null),
                    PortfolioScript.pilotOwner());
        }
        // Three readings and the change to Controlled Investment: six events so far, give or take a changed reason.
        for (int event = 6; event < events; event++) {
            gateway.sendAndWait(PortfolioScript.signal(pilotId, StabilizationDomain.DEPLOYMENT_SEQUENCING,
                    ReadinessLevel.STABILIZING, null), PortfolioScript.pilotOwner());
        }
    }
}
