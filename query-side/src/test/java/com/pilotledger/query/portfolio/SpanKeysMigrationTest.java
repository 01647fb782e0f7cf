package com.pilotledger.query.portfolio;

import com.pilotledger.query.support.ReadModelDatabase;
import com.pilotledger.query.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** V25 gives the versions kept before it the span keys that {@link VersionSpans} gives the versions closed after it. */
class SpanKeysMigrationTest {

    private static final Instant START = Instant.parse("2026-02-01T10:00:00.250Z");

    @Test
    void theVersionsClosedBeforeV25GetTheKeysOfTheVersionsClosedAfterIt() {
        ReadModelDatabase database = ReadModelDatabase.upTo("23");
        JdbcClient jdbc = database.jdbcClient();
        // No time, a millisecond, a second, a window's length in seconds and one more, then lengths up to years.
        List<Duration> lengths = new ArrayList<>(List.of(Duration.ZERO, Duration.ofMillis(1), Duration.ofMillis(750),
                Duration.ofSeconds(1), Duration.ofSeconds(1023), Duration.ofSeconds(1024), Duration.ofSeconds(1025),
                Duration.ofDays(14)));
        Random random = new Random(25);
        for (int i = 0; i < 200; i++) {
            lengths.add(Duration.ofNanos(1000 * (long) Math.pow(10, random.nextDouble() * 14)));
        }
        List<Long> expected = new ArrayList<>();
        for (int n = 0; n < lengths.size(); n++) {
            Instant from = START.plusNanos(1000 * random.nextLong(400L * 24 * 3600 * 1_000_000));
            Instant to = from.plus(lengths.get(n));
            version(jdbc, n, from, to);
            expected.add(VersionSpans.key(from, to));
        }
        version(jdbc, lengths.size(), START, null);
        expected.add(null);

        database.migrate("latest");

        assertThat(jdbc.sql("SELECT span_key FROM board_pilot_version ORDER BY event_position").query(Long.class)
                .list()).isEqualTo(expected);
    }

    private static void version(JdbcClient jdbc, long position, Instant from, Instant to) {
        jdbc.sql("""
                        INSERT INTO board_pilot_version (event_position, valid_from, valid_to, span_key, pilot_id, name,
                            business_unit, sponsor, operational_owner, status, authorized_posture, recommended_posture,
                            currency, capital_requested, capital_authorized, capital_committed, capital_frozen,
                            posture_since, registered_at, name_key, authorized_rank, recommended_rank)
                        VALUES (?, ?, ?, ?, 'p', 'Pilot', 'Stores', 'sam', 'owen', 'PROPOSED', 'PAUSE', 'PAUSE', 'EUR',
                            100000, 0, 0, FALSE, ?, ?, 'pilot', 0, 0)""")
                // A key no version can have, which V25 replaces on the closed versions only.
                .params(position, Sql.timestamp(from), Sql.timestamp(to), to == null ? null : -1L, Sql.timestamp(from),
                        Sql.timestamp(from))
                .update();
    }
}
