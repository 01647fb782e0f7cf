package com.pilotledger.query.portfolio;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.PilotStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps {@code board_total}: per business unit, authorized posture and status, the pilots and their capital, so the
 * board answers its totals without grouping every board row. Each board row remembers what it counts in the totals
 * ({@code counted_*}: its group and capital when last counted). Once per batch, after its rows are written
 * ({@link BoardBatch}), the pilots whose posture, status or capital the batch changed move from the group they are
 * counted in to the one they stand in now, in one set of statements, and are then counted as they stand. The change
 * comes from the rows, not from the events: a redelivered event leaves a row as it was, which moves nothing, and a
 * replay starts from empty tables.
 * <p>
 * Segments run their batches concurrently and two of them may move pilots into or out of one group. Each locks the
 * groups it moves pilots between before it adds to them, sorted, so two batches never wait for each other in a circle,
 * and each adds to a group as the other committed it. A business unit's rows are inserted once, all together, by the
 * batch that counts its first pilot (another batch counting one at the same time waits for that insert, then finds
 * them); none is ever deleted, so no batch adds to a row that another removes. A group without pilots counts zero.
 */
final class BoardTotals {

    /**
     * Every group of a business unit, each posture with each status: a unit's rows are all inserted with its first
     * pilot, so which rows exist does not depend on how events fell into batches, and a rebuild writes the same rows.
     */
    private static final String GROUPS = Arrays.stream(Posture.values())
            .flatMap(posture -> Arrays.stream(PilotStatus.values()).map(status -> "SELECT '" + posture.name()
                    + "' AS posture, '" + status.name() + "' AS status"))
            .collect(Collectors.joining(" UNION ALL "));

    /** Each moved pilot counts in the group it stands in now, and no longer in the one it was counted in. */
    private static final String MOVES = """
            SELECT business_unit, authorized_posture AS posture, status, 1 AS pilots, capital_requested AS requested,
                capital_authorized AS authorized
            FROM board_pilot WHERE pilot_id IN (:pilots)
            UNION ALL
            SELECT business_unit, counted_posture, counted_status, -1, -counted_requested, -counted_authorized
            FROM board_pilot WHERE pilot_id IN (:pilots) AND counted_posture IS NOT NULL""";

    /** The groups of board_total that moved pilots enter or leave. */
    private static final String MOVED = "EXISTS (SELECT 1 FROM (" + MOVES + ") m WHERE m.business_unit = "
            + "board_total.business_unit AND m.posture = board_total.authorized_posture "
            + "AND m.status = board_total.status)";

    private final JdbcClient jdbc;

    BoardTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Nothing an event holds can make this fail (a group's key is a board row's, whose limits the row kept already,
     * and a sum of NUMERIC(19, 2) amounts fits NUMERIC(38, 2)), so it fails a batch only with the database, and the
     * processor then retries the batch. The UPDATE binds each pilot eight times: PostgreSQL's 32,767 parameters allow
     * batches of up to 4,000 events.
     */
    void move(Set<String> pilots) {
        jdbc.sql("INSERT INTO board_total (business_unit, authorized_posture, status, pilots, capital_requested, "
                        + "capital_authorized) SELECT u.business_unit, g.posture, g.status, 0, 0, 0 FROM (SELECT DISTINCT "
                        + "business_unit FROM board_pilot WHERE pilot_id IN (:pilots)) u CROSS JOIN (" + GROUPS + ") g "
                        + "WHERE NOT EXISTS (SELECT 1 FROM board_total t WHERE t.business_unit = u.business_unit) "
                        + "ORDER BY u.business_unit, g.posture, g.status ON CONFLICT DO NOTHING")
                .param("pilots", pilots).update();
        jdbc.sql("SELECT business_unit FROM board_total WHERE " + MOVED + " ORDER BY business_unit, authorized_posture, "
                + "status FOR UPDATE").param("pilots", pilots).query(String.class).list();
        jdbc.sql("UPDATE board_total SET pilots = pilots + " + added("pilots") + ", capital_requested = "
                        + "capital_requested + " + added("requested") + ", capital_authorized = capital_authorized + "
                        + added("authorized") + " WHERE " + MOVED)
                .param("pilots", pilots).update();
        jdbc.sql("""
                        UPDATE board_pilot SET counted_posture = authorized_posture, counted_status = status,
                            counted_requested = capital_requested, counted_authorized = capital_authorized
                        WHERE pilot_id IN (:pilots)""")
                .param("pilots", pilots).update();
    }

    /** What the moved pilots add to a group of board_total (the group has some: see {@link #MOVED}). */
    private static String added(String column) {
        return "(SELECT SUM(m." + column + ") FROM (" + MOVES + ") m WHERE m.business_unit = board_total.business_unit "
                + "AND m.posture = board_total.authorized_posture AND m.status = board_total.status)";
    }

    void reset() {
        jdbc.sql("DELETE FROM board_total").update();
    }
}
