package com.pilotledger.bench;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;

/**
 * S5: loading one long-lived pilot through the application's own repository, as every command on it does, in a unit of
 * work that is rolled back (nothing is appended). From its latest snapshot and the events after it, or, with
 * snapshots switched off, from all its events.
 */
final class AggregateLoad {

    private static final int WARM_UP = 3;
    private static final int LOADS = 30;

    private AggregateLoad() {
    }

    static ClientLoad.Outcome measure(LedgerInstance ledger, String pilotId) {
        Repository<?> pilots = ledger.bean("pilotRepository", Repository.class);
        Latencies latencies = new Latencies();
        Stopwatch stopwatch = Stopwatch.start();
        for (int load = 0; load < WARM_UP + LOADS; load++) {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            long started = System.nanoTime();
            try {
                pilots.load(pilotId);
                if (load >= WARM_UP) {
                    latencies.record(System.nanoTime() - started);
                }
            } finally {
                unitOfWork.rollback();
            }
        }
        return new ClientLoad.Outcome(latencies, 0, null, stopwatch.elapsedSeconds());
    }
}
