package com.pilotledger.app.integrity;

import com.pilotledger.verifier.Checkpoint;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The signed checkpoints in {@code seal_checkpoint}, newest first where a list is asked for. */
@Component
@SealedLogKept
public class Checkpoints {

    private static final String COLUMNS = "SELECT events, head, sealed_through, signed_at, key_id, signature"
            + " FROM seal_checkpoint";
    private static final RowMapper<Checkpoint> CHECKPOINT = (row, n) -> new Checkpoint(row.getLong(1),
            row.getBytes(2), row.getLong(3), Instant.parse(row.getString(4)), row.getString(5), row.getBytes(6));

    private final JdbcClient jdbc;

    Checkpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Checkpoint> latest() {
        return jdbc.sql(COLUMNS + " ORDER BY events DESC LIMIT 1").query(CHECKPOINT).optional();
    }

    public List<Checkpoint> newestFirst(int limit) {
        return jdbc.sql(COLUMNS + " ORDER BY events DESC LIMIT ?").param(limit).query(CHECKPOINT).list();
    }

    /** The checkpoints of the chain's stretch from seal {@code first} to seal {@code last}, oldest first. */
    public List<Checkpoint> within(long first, long last) {
        return jdbc.sql(COLUMNS + " WHERE events BETWEEN ? AND ? ORDER BY events").params(first, last)
                .query(CHECKPOINT).list();
    }

    /** The first checkpoint that covers the seal at this position, if one was signed since. */
    public Optional<Checkpoint> covering(long position) {
        return jdbc.sql(COLUMNS + " WHERE events >= ? ORDER BY events LIMIT 1").param(position).query(CHECKPOINT)
                .optional();
    }

    /** Only the sealer adds one, holding the lock on the head it signs. */
    void add(Checkpoint checkpoint) {
        jdbc.sql("INSERT INTO seal_checkpoint (events, head, sealed_through, signed_at, key_id, signature)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(checkpoint.events(), checkpoint.head(), checkpoint.sealedThrough(),
                        checkpoint.signedAt().toString(), checkpoint.key(), checkpoint.signature())
                .update();
    }
}
