package com.pilotledger.app.integrity;

import com.pilotledger.verifier.Checkpoint;
import com.pilotledger.verifier.EventRow;
import com.pilotledger.verifier.JdbcLedger;
import com.pilotledger.verifier.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows the event store and seals every event into the hash chain (see {@link Sealing}), in the order events become
 * visible: an append that commits late, behind events with higher global indexes, is sealed when it appears (see
 * {@link SealingGaps}). Each round is one transaction that locks the one row of {@code seal_head}, so of several
 * instances one seals at a time and the chain never forks. Every {@code checkpoint-events} events, or every
 * {@code checkpoint-interval}, the head is signed ({@link SigningKey}) into a checkpoint.
 * <p>
 * Runs on a thread of its own every {@code seal-interval}, so no other scheduled work (a long verification) delays it.
 */
@Component
@SealedLogKept
public class EventSealer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventSealer.class);

    private static final String EVENTS = "SELECT " + JdbcLedger.EVENT_COLUMNS + " FROM domain_event_entry";
    /** Up to this many open holes are looked up by their numbers; more, and the whole stretch behind is searched. */
    private static final int HOLES_LOOKED_UP = 500;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SigningKey key;
    private final Checkpoints checkpoints;
    private final IntegritySettings settings;
    private final Clock clock;
    private final Sealing sealing = new Sealing();
    private final SealingGaps gaps = new SealingGaps();
    /** The chain position this instance last left the head at; another value means another instance sealed since. */
    private long lastPosition = -1;
    private boolean keyPublished;
    private boolean failing;
    private ScheduledExecutorService thread;

    EventSealer(JdbcTemplate jdbcTemplate, JdbcClient jdbc, PlatformTransactionManager transactionManager,
                SigningKey key, Checkpoints checkpoints, IntegritySettings settings, Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.key = key;
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.clock = clock;
    }

    /** Seals every event visible now; returns how many. */
    public synchronized long sealNow() {
        long sealed = 0;
        int round;
        do {
            round = transactionally(false).sealed();
            sealed += round;
        } while (round == settings.sealBatch());
        return sealed;
    }

    /** Seals every event visible now and returns a checkpoint of all of them, signed now unless one covers them. */
    public synchronized Checkpoint checkpointNow() {
        sealNow();
        return transactionally(true).checkpoint().orElseThrow(
                () -> new IllegalStateException("Nothing is sealed yet: there is no event to sign"));
    }

    private Round transactionally(boolean checkpointNow) {
        try {
            return transaction.execute(status -> round(checkpointNow));
        } catch (RuntimeException e) {
            lastPosition = -1;
            throw e;
        }
    }

    private Round round(boolean checkpointNow) {
        Head head = jdbc.sql("SELECT chain_position, chain, max_global_index, sealed_through FROM seal_head"
                        + " WHERE id = 1 FOR UPDATE")
                .query((row, n) -> new Head(row.getLong(1), row.getBytes(2), row.getLong(3), row.getLong(4)))
                .single();
        Instant now = clock.instant();
        if (head.position() != lastPosition) {
            gaps.reset(head.sealedThrough(), head.maxGlobalIndex(), jdbc.sql("SELECT global_index FROM event_seal"
                    + " WHERE global_index > ?").param(head.sealedThrough()).query(Long.class).list(), now);
        }
        List<EventRow> events = unsealed(head);
        byte[] chain = head.chain() == null ? Sealing.GENESIS : head.chain();
        long position = head.position();
        long maxGlobalIndex = head.maxGlobalIndex();
        List<Object[]> seals = new ArrayList<>(events.size());
        List<Long> indexes = new ArrayList<>(events.size());
        for (EventRow event : events) {
            byte[] leaf = sealing.leaf(event);
            chain = sealing.chain(chain, leaf);
            position++;
            seals.add(new Object[]{position, event.globalIndex(), event.eventId(), leaf, chain});
            indexes.add(event.globalIndex());
            maxGlobalIndex = Math.max(maxGlobalIndex, event.globalIndex());
        }
        if (!seals.isEmpty()) {
            jdbcTemplate.batchUpdate("INSERT INTO event_seal (chain_position, global_index, event_identifier, leaf,"
                    + " chain) VALUES (?, ?, ?, ?, ?)", seals);
        }
        gaps.sealed(indexes, head.maxGlobalIndex(), now);
        gaps.expire(now, settings.gapTimeout());
        long sealedThrough = Math.max(head.sealedThrough(), gaps.sealedThrough(maxGlobalIndex));
        jdbc.sql("UPDATE seal_head SET chain_position = ?, chain = ?, max_global_index = ?, sealed_through = ?"
                        + " WHERE id = 1")
                .params(position, position == 0 ? null : chain, maxGlobalIndex, sealedThrough).update();
        Optional<Checkpoint> checkpoint = checkpoint(position, chain, sealedThrough, now, checkpointNow);
        lastPosition = position;
        return new Round(seals.size(), checkpoint);
    }

    /**
     * Events not sealed yet: those above the highest sealed index, and those that filled a hole behind it. The holes
     * are looked up by number while there are few; with many, every unsealed event behind the highest is searched.
     */
    private List<EventRow> unsealed(Head head) {
        RowMapper<EventRow> row = (rows, n) -> JdbcLedger.event(rows);
        List<Long> holes = gaps.open();
        if (holes.size() > HOLES_LOOKED_UP) {
            return jdbc.sql(EVENTS + " e WHERE e.global_index > ? AND NOT EXISTS (SELECT 1 FROM event_seal s"
                            + " WHERE s.global_index = e.global_index) ORDER BY e.global_index LIMIT ?")
                    .params(head.sealedThrough(), settings.sealBatch()).query(row).list();
        }
        return jdbc.sql(EVENTS + " WHERE global_index > :max" + (holes.isEmpty() ? ""
                        : " OR global_index IN (:holes)") + " ORDER BY global_index LIMIT :batch")
                .param("max", head.maxGlobalIndex()).param("holes", holes).param("batch", settings.sealBatch())
                .query(row).list();
    }

    /** Signs the head when it is due (or asked for), and returns the latest checkpoint either way. */
    private Optional<Checkpoint> checkpoint(long position, byte[] chain, long sealedThrough, Instant now,
                                            boolean checkpointNow) {
        Optional<Checkpoint> latest = checkpoints.latest();
        long signedEvents = latest.map(Checkpoint::events).orElse(0L);
        if (position <= signedEvents) {
            return latest;
        }
        boolean due = checkpointNow || latest.isEmpty()
                || position - signedEvents >= settings.checkpointEvents()
                || !latest.get().signedAt().plus(settings.checkpointInterval()).isAfter(now);
        if (!due) {
            return latest;
        }
        publishKey(now);
        Checkpoint checkpoint = key.sign(position, chain, sealedThrough, now);
        checkpoints.add(checkpoint);
        return Optional.of(checkpoint);
    }

    private void publishKey(Instant now) {
        if (!keyPublished) {
            jdbc.sql("INSERT INTO signing_key (key_id, public_key, first_used_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING").params(key.id(), key.publicKeyPem(), now.toString()).update();
            keyPublished = true;
        }
    }

    private void sealInBackground() {
        try {
            sealNow();
            if (failing) {
                log.info("Sealing works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.error("Sealing the event store failed; new events stay unsealed until it works again", e);
                failing = true;
            }
        }
    }

    /** Whether the last round of sealing failed (the log says why). */
    public boolean failing() {
        return failing;
    }

    @Override
    public void start() {
        thread = OwnThread.named("event-sealer");
        thread.scheduleWithFixedDelay(this::sealInBackground, 0, settings.sealInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("The sealer did not finish its round within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private record Head(long position, byte[] chain, long maxGlobalIndex, long sealedThrough) {
    }

    private record Round(int sealed, Optional<Checkpoint> checkpoint) {
    }
}
