package com.pilotledger.app.projection;

import com.pilotledger.app.axon.LedgerNode;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * The segments of each processor as the token store holds them: which part of the stream each is (its mask, from all
 * the processor's segment ids), whether another instance holds it, and the token it committed last. With several
 * instances every command waiting for a segment held elsewhere asks every 2 ms ({@link ReadYourWrites}); one read of
 * {@code token_entry} per processor and interval, each token deserialized once, serves every waiter of this instance
 * (before, each waiter queried and deserialized the whole processor at each poll: S1 across three instances, 23
 * commands/s). A reading up to an interval old only makes a waiter poll once more: committed tokens only move forward.
 */
@Component
public class RecentlyCommitted {

    /** As often as a waiting command polls. */
    private static final Duration INTERVAL = Duration.ofMillis(2);

    private final TokenTable table;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Reading> readings = new ConcurrentHashMap<>();

    @Autowired
    public RecentlyCommitted(JdbcTemplate jdbc, Serializer serializer, LedgerNode node) {
        this(processorName -> jdbc.query(
                "SELECT segment, owner, token, token_type FROM token_entry WHERE processor_name = ?",
                (row, number) -> new TokenRow(row.getInt("segment"),
                        row.getString("owner") != null && !node.id().equals(row.getString("owner")),
                        token(serializer, row.getBytes("token"), row.getString("token_type"))),
                processorName), INTERVAL, System::nanoTime);
    }

    RecentlyCommitted(TokenTable table, Duration interval, LongSupplier nanoTime) {
        this.table = table;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The processor's segments, read at most one interval ago; none before the processor first started. */
    List<CommittedSegment> of(String processorName) {
        return readings.computeIfAbsent(processorName, Reading::new).segments();
    }

    private static TrackingToken token(Serializer serializer, byte[] data, String type) {
        return data == null || type == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
    }

    /** One row of {@code token_entry}: a segment's id, whether another instance holds it, its committed token. */
    record TokenRow(int segmentId, boolean heldElsewhere, TrackingToken token) {
    }

    /** Reads a processor's rows of the token store. */
    @FunctionalInterface
    interface TokenTable {
        List<TokenRow> rows(String processorName);
    }

    /**
     * A segment of a processor as the token store holds it.
     *
     * @param segment       the part of the stream it processes: its id and the mask its id's siblings give it
     * @param heldElsewhere claimed by another instance (not by this one, and not unclaimed)
     * @param token         the token committed last, null before the first
     */
    record CommittedSegment(Segment segment, boolean heldElsewhere, TrackingToken token) {
    }

    /** The last reading of one processor; whoever asks after it has aged reads again, for all. */
    private final class Reading {

        private final String processorName;
        private long readAt;
        private List<CommittedSegment> segments;

        Reading(String processorName) {
            this.processorName = processorName;
        }

        synchronized List<CommittedSegment> segments() {
            long now = nanoTime.getAsLong();
            if (segments == null || now - readAt >= intervalNanos) {
                segments = read();
                readAt = now;
            }
            return segments;
        }

        private List<CommittedSegment> read() {
            List<TokenRow> rows = table.rows(processorName);
            int[] ids = rows.stream().mapToInt(TokenRow::segmentId).toArray();
            return rows.stream().map(row -> new CommittedSegment(Segment.computeSegment(row.segmentId(), ids),
                    row.heldElsewhere(), row.token())).toList();
        }
    }
}
