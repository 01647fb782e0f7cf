package com.pilotledger.query.audit;

import com.pilotledger.api.audit.AuditEntry;
import com.pilotledger.api.audit.AuditHistory;
import com.pilotledger.api.audit.AuditTimeBasis;
import com.pilotledger.api.audit.FindAuditHistory;
import com.pilotledger.query.support.ReadModelDatabase;
import com.pilotledger.query.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit history of a pilot or of the portfolio: global order, pages, and the filters on type, actor and a time
 * range on either basis. Each entry was recorded an hour after it happened in the business.
 */
class AuditQueriesTest {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private static final Duration RECORDED_LATER = Duration.ofHours(1);

    private JdbcTemplate jdbc;
    private AuditQueries queries;

    @BeforeEach
    void storeAHundredAndTwentyEntries() {
        ReadModelDatabase database = new ReadModelDatabase();
        jdbc = database.jdbcTemplate();
        queries = new AuditQueries(database.jdbcClient());
        // Positions 1..120, one business day apart; pilot-1 has the odd ones, pilot-2 the even ones but every tenth,
        // which concern the portfolio. Inserted in reverse, so only the query puts them in order.
        LongStream.rangeClosed(1, 120).map(n -> 121 - n).forEach(position -> entry(position,
                position % 10 == 0 ? null : position % 2 == 1 ? "pilot-1" : "pilot-2",
                position % 3 == 0 ? "SignalRecorded" : "PostureRecommendationChanged",
                position % 4 == 0 ? "cfo" : "owen"));
    }

    @Test
    void aPilotsHistoryIsPagedInGlobalOrderWithItsTotal() {
        AuditHistory first = pilot("pilot-1", 0, 50);
        AuditHistory last = pilot("pilot-1", 1, 50);
        AuditHistory beyond = pilot("pilot-1", 2, 50);

        assertThat(first.entries()).extracting(AuditEntry::globalIndex)
                .containsExactlyElementsOf(LongStream.iterate(1, n -> n + 2).limit(50).boxed().toList());
        assertThat(first.totalEntries()).isEqualTo(60);
        assertThat(last.entries()).extracting(AuditEntry::globalIndex).startsWith(101L).endsWith(119L).hasSize(10);
        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.totalEntries()).isEqualTo(60);
        assertThat(first.entries().get(0)).isEqualTo(new AuditEntry(1, "event-1", "pilot-1",
                "PostureRecommendationChanged", "owen", "correlation-1", START.plus(Duration.ofDays(1)),
                START.plus(Duration.ofDays(1)).plus(RECORDED_LATER), "Entry 1", "{\"n\":1}"));
    }

    @Test
    void thePortfoliosHistoryHasEveryEntryAndFiltersOnTypeAndActor() {
        AuditHistory all = queries.find(new FindAuditHistory(null, null, null, null, null, null, 0, 200));
        AuditHistory signalsByTheCfo = queries.find(new FindAuditHistory(null, "SignalRecorded", "cfo", null, null,
                null, 0, 200));

        assertThat(all.entries()).hasSize(120);
        assertThat(all.entries()).extracting(AuditEntry::globalIndex).isSorted();
        assertThat(signalsByTheCfo.entries()).extracting(AuditEntry::globalIndex)
                .containsExactly(12L, 24L, 36L, 48L, 60L, 72L, 84L, 96L, 108L, 120L);
        assertThat(signalsByTheCfo.totalEntries()).isEqualTo(10);
    }

    @Test
    void aTimeRangeFiltersOnBusinessTimeOrOnRecordingTime() {
        // Entries 10 and 11 happened in [day 10, day 12) and were recorded in [day 10 + 1h, day 12 + 1h); that second
        // range holds entries 11 and 12 by business time.
        Instant day10 = START.plus(Duration.ofDays(10));
        Instant day12 = START.plus(Duration.ofDays(12));

        assertThat(range(day10, day12, AuditTimeBasis.BUSINESS)).containsExactly(10L, 11L);
        assertThat(range(day10.plus(RECORDED_LATER), day12.plus(RECORDED_LATER), AuditTimeBasis.BUSINESS))
                .containsExactly(11L, 12L);
        assertThat(range(day10.plus(RECORDED_LATER), day12.plus(RECORDED_LATER), AuditTimeBasis.RECORDED))
                .containsExactly(10L, 11L);
    }

    private List<Long> range(Instant from, Instant to, AuditTimeBasis basis) {
        return queries.find(new FindAuditHistory(null, null, null, from, to, basis, 0, 50)).entries().stream()
                .map(AuditEntry::globalIndex).toList();
    }

    private AuditHistory pilot(String pilotId, int page, int size) {
        return queries.find(new FindAuditHistory(pilotId, null, null, null, null, null, page, size));
    }

    private void entry(long position, String pilotId, String type, String actor) {
        Instant happened = START.plus(Duration.ofDays(position));
        jdbc.update("""
                        INSERT INTO audit_entry (global_index, event_id, pilot_id, event_type, actor, correlation_id,
                            business_time, occurred_at, summary, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                position, "event-" + position, pilotId, type, actor, "correlation-" + position,
                Sql.timestamp(happened), Sql.timestamp(happened.plus(RECORDED_LATER)), "Entry " + position,
                "{\"n\":" + position + "}");
    }
}
