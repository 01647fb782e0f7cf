package com.pilotledger.app.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The first request of every key and, once answered, its answer, in the application's database: every instance sees
 * the same records. Each statement commits on its own, so a claim is visible to the other instances before the
 * command runs. A claim is leased: the instance that made it answers before the lease ends, or (crashed) lets a
 * retry claim the key again.
 */
@Component
public class IdempotencyRecords {

    /** What a request with a key may do: run (its claim), get the recorded answer, or be refused. */
    public sealed interface Claim permits Claimed, Replay, InFlight, Reused {
    }

    /** The request is the first (or the retry of one whose claim lapsed): it runs, under this token. */
    public record Claimed(IdempotentRequest request, String token) implements Claim {
    }

    record Replay(RecordedResponse response) implements Claim {
    }

    record InFlight() implements Claim {
    }

    record Reused() implements Claim {
    }

    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final IdempotencyProperties properties;

    public IdempotencyRecords(JdbcTemplate jdbc, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Claims the key for this request, or says why not. A record past its retention is forgotten, as if absent. A
     * claim whose lease ended without an answer (its instance crashed) is taken over by a retry of the same request.
     */
    public Claim claim(IdempotentRequest request, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String token = UUID.randomUUID().toString();
            try {
                jdbc.update("INSERT INTO idempotency_record (scope, actor, http_method, path, idempotency_key,"
                                + " fingerprint, claim_token, leased_until, created_at, expires_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        request.scope(), request.actor(), request.method(), request.path(), request.key(),
                        request.fingerprint(), token, at(now.plus(properties.lease())), at(now),
                        at(now.plus(properties.retention())));
                return new Claimed(request, token);
            } catch (DuplicateKeyException taken) {
                Optional<Claim> decided = find(request.scope()).flatMap(held -> decide(held, request, token, now));
                if (decided.isPresent()) {
                    return decided.get();
                }
            }
        }
        // Every attempt lost a race against other requests with this key: one of them is running.
        return new InFlight();
    }

    /** Keeps the answer of a claimed request for the retention period. */
    public void record(Claimed claim, RecordedResponse response, Instant now) {
        jdbc.update("UPDATE idempotency_record SET response_status = ?, response_location = ?,"
                        + " response_content_type = ?, response_body = ?, leased_until = NULL, expires_at = ?"
                        + " WHERE scope = ? AND claim_token = ? AND leased_until IS NOT NULL",
                response.status(), response.location(), response.contentType(), response.body(),
                at(now.plus(properties.retention())), claim.request().scope(), claim.token());
    }

    /** Gives the key back without an answer, so that a retry runs the request again. */
    public void release(Claimed claim) {
        jdbc.update("DELETE FROM idempotency_record WHERE scope = ? AND claim_token = ? AND leased_until IS NOT NULL",
                claim.request().scope(), claim.token());
    }

    /** Forgets every record past its retention; returns how many. */
    public int forgetExpired(Instant now) {
        return jdbc.update("DELETE FROM idempotency_record WHERE expires_at <= ?", at(now));
    }

    /** Empty when the held record is being replaced by another request at this moment: try again. */
    private Optional<Claim> decide(Held held, IdempotentRequest request, String token, Instant now) {
        if (!held.expiresAt().isAfter(now)) {
            return takeOver(held, request, token, now);
        }
        if (!held.fingerprint().equals(request.fingerprint())) {
            return Optional.of(new Reused());
        }
        if (held.response() != null) {
            return Optional.of(new Replay(held.response()));
        }
        if (held.leasedUntil().isAfter(now)) {
            return Optional.of(new InFlight());
        }
        return takeOver(held, request, token, now);
    }

    /** Replaces the held record only if it is still the one read: of two retries, one takes it over. */
    private Optional<Claim> takeOver(Held held, IdempotentRequest request, String token, Instant now) {
        int updated = jdbc.update("UPDATE idempotency_record SET fingerprint = ?, claim_token = ?, leased_until = ?,"
                        + " response_status = NULL, response_location = NULL, response_content_type = NULL,"
                        + " response_body = NULL, created_at = ?, expires_at = ? WHERE scope = ? AND claim_token = ?",
                request.fingerprint(), token, at(now.plus(properties.lease())), at(now),
                at(now.plus(properties.retention())), request.scope(), held.token());
        return updated == 1 ? Optional.of(new Claimed(request, token)) : Optional.empty();
    }

    private Optional<Held> find(String scope) {
        return jdbc.query("SELECT fingerprint, claim_token, leased_until, expires_at, response_status,"
                        + " response_location, response_content_type, response_body"
                        + " FROM idempotency_record WHERE scope = ?",
                (rs, row) -> {
                    int status = rs.getInt("response_status");
                    RecordedResponse response = rs.wasNull() ? null : new RecordedResponse(status,
                            rs.getString("response_location"), rs.getString("response_content_type"),
                            rs.getBytes("response_body"));
                    OffsetDateTime leasedUntil = rs.getObject("leased_until", OffsetDateTime.class);
                    return new Held(rs.getString("fingerprint"), rs.getString("claim_token"),
                            leasedUntil == null ? null : leasedUntil.toInstant(),
                            rs.getObject("expires_at", OffsetDateTime.class).toInstant(), response);
                }, scope).stream().findFirst();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A record as read: in flight while {@code leasedUntil} is set, answered once {@code response} is. */
    private record Held(String fingerprint, String token, Instant leasedUntil, Instant expiresAt,
                        RecordedResponse response) {
    }
}
