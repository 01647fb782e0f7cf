package com.pilotledger.query.pilot;

import com.pilotledger.query.support.BatchPilots;
import com.pilotledger.query.support.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reading that counts per pilot and domain (the latest observation, a tie won by the later event), as the events
 * of a replay's batch change it: the first reading asked about reads those of every pilot of the batch in one query,
 * each later one is compared in memory, and just before the batch commits the readings that now count are written,
 * new ones as one JDBC batch of inserts and replaced ones as one of updates. Times are compared as the column keeps
 * them ({@link Sql#stored}), so the outcome is the conditional update's, event by event.
 */
final class CountedReadings {

    static final String COLUMNS = "level, evidence, source, observed_at, metric_name, metric_value, metric_unit, "
            + "recorded_by, recorded_at, sequence_number, pilot_id, domain";
    private static final String INSERT = "INSERT INTO pilot_reading (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE pilot_reading SET level = ?, evidence = ?, source = ?, "
            + "observed_at = ?, metric_name = ?, metric_value = ?, metric_unit = ?, recorded_by = ?, recorded_at = ?, "
            + "sequence_number = ? WHERE pilot_id = ? AND domain = ?";

    private final JdbcTemplate jdbc;
    /** The pilots the batch's events concern, read together when the first of them is asked for. */
    private final Set<String> pilots;
    /** Per pilot and domain, the reading that counts as the batch left it; empty when the pilot has none there. */
    private final Map<String, Map<String, Optional<Counted>>> counted = new HashMap<>();
    /** The readings to write, by pilot and domain, with whether the table has a row for them yet. */
    private final Map<String, Object[]> written = new LinkedHashMap<>();
    private final Map<String, Boolean> stored = new HashMap<>();

    CountedReadings(JdbcTemplate jdbc, Set<String> pilots) {
        this.jdbc = jdbc;
        this.pilots = pilots;
    }

    /**
     * Keeps the reading (its values in {@link #COLUMNS} order, the pilot and domain last) if it counts over the one
     * that counted so far: observed later, or at the same instant by a later event of the pilot's stream.
     */
    void record(String pilotId, String domain, Instant observedAt, long sequence, Object[] reading) {
        Instant observed = Sql.stored(observedAt);
        Optional<Counted> current = countedOf(pilotId).computeIfAbsent(domain, key -> Optional.empty());
        String key = pilotId + "\n" + domain;
        if (current.isPresent()) {
            Counted before = current.get();
            boolean supersedes = before.observedAt() != null && (before.observedAt().isBefore(observed)
                    || before.observedAt().equals(observed) && before.sequence() <= sequence);
            if (!supersedes) {
                return;
            }
            stored.putIfAbsent(key, true);
        } else {
            stored.putIfAbsent(key, false);
        }
        countedOf(pilotId).put(domain, Optional.of(new Counted(observed, sequence)));
        written.put(key, reading);
    }

    void write() {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        written.forEach((key, reading) -> (stored.get(key) ? updates : inserts).add(reading));
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(UPDATE, updates);
        }
    }

    private Map<String, Optional<Counted>> countedOf(String pilotId) {
        if (!counted.containsKey(pilotId)) {
            Set<String> unread = BatchPilots.unread(pilots, counted.keySet(), pilotId);
            unread.forEach(pilot -> counted.put(pilot, new HashMap<>()));
            jdbc.query("SELECT pilot_id, domain, observed_at, sequence_number FROM pilot_reading WHERE pilot_id IN "
                    + Sql.parameters(unread.size()), rs -> {
                OffsetDateTime observedAt = rs.getObject("observed_at", OffsetDateTime.class);
                counted.get(rs.getString("pilot_id")).put(rs.getString("domain"), Optional.of(new Counted(
                        observedAt == null ? null : observedAt.toInstant(), rs.getLong("sequence_number"))));
            }, unread.toArray());
        }
        return counted.get(pilotId);
    }

    /** When the reading that counts was observed (null only in rows older than observation times), and its event. */
    private record Counted(Instant observedAt, long sequence) {
    }
}
