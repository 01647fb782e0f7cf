package com.pilotledger.query.portfolio;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps {@code board_total}: per business unit, authorized posture and status, the pilots and their capital, so the
 * board answers its totals without grouping every board row. Counters would count a redelivered event twice; instead
 * the rows of every business unit whose pilots a batch moved are recomputed from {@code board_pilot}, once per batch
 * (on prepare-commit, after all its events), which a redelivery or a replay cannot make wrong. Outside a unit of work
 * (nothing to wait for) they are recomputed at once.
 * <p>
 * Segments run their batches concurrently and two of them may move pilots of one business unit. Each locks the unit's
 * rows before it counts, and counts in a statement of its own, so on READ COMMITTED it counts only once the other's
 * batch has committed, and sees that batch's pilots: the last to commit leaves totals over every committed pilot.
 * Locks are taken in one order (units sorted; new rows inserted sorted), so two batches never wait for each other.
 * A group (posture, status) that loses its last pilot keeps its row, counted to zero.
 */
final class BoardTotals {

    private final JdbcClient jdbc;
    private final String resource = BoardTotals.class.getName() + "@" + System.identityHashCode(this);

    BoardTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pilot's posture, status or capital changed: its business unit's totals are recomputed with the batch. */
    void moved(String pilotId) {
        if (!CurrentUnitOfWork.isStarted()) {
            recompute(Set.of(pilotId));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        unitOfWork.<Set<String>>getOrComputeResource(resource, key -> {
            Set<String> pilots = new LinkedHashSet<>();
            unitOfWork.onPrepareCommit(committing -> recompute(pilots));
            return pilots;
        }).add(pilotId);
    }

    /**
     * Nothing an event holds can make this fail (every group's key is a board row's, whose limits the row kept
     * already), so it fails a batch only with the database, and the processor retries the batch.
     */
    private void recompute(Set<String> pilots) {
        // The groups the moved pilots stand in now; the groups they left have rows already.
        jdbc.sql("""
                        INSERT INTO board_total (business_unit, authorized_posture, status, pilots, capital_requested,
                            capital_authorized)
                        SELECT DISTINCT business_unit, authorized_posture, status, 0, 0, 0 FROM board_pilot
                        WHERE pilot_id IN (:pilots)
                        ORDER BY business_unit, authorized_posture, status
                        ON CONFLICT DO NOTHING""")
                .param("pilots", pilots).update();
        List<String> units = jdbc.sql("SELECT DISTINCT business_unit FROM board_pilot WHERE pilot_id IN (:pilots) "
                + "ORDER BY business_unit").param("pilots", pilots).query(String.class).list();
        if (units.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT business_unit FROM board_total WHERE business_unit IN (:units) "
                        + "ORDER BY business_unit, authorized_posture, status FOR UPDATE")
                .param("units", units).query(String.class).list();
        jdbc.sql("""
                        UPDATE board_total SET (pilots, capital_requested, capital_authorized) = (
                            SELECT COUNT(*), COALESCE(SUM(p.capital_requested), 0), COALESCE(SUM(p.capital_authorized), 0)
                            FROM board_pilot p
                            WHERE p.business_unit = board_total.business_unit
                                AND p.authorized_posture = board_total.authorized_posture
                                AND p.status = board_total.status)
                        WHERE business_unit IN (:units)""")
                .param("units", units).update();
    }

    void reset() {
        jdbc.sql("DELETE FROM board_total").update();
    }
}
