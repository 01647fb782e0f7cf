package com.pilotledger.app.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox ({@code notification_delivery}) and its delivery log ({@code notification_attempt}). Rows are written by
 * the notifications processor in its batch's transaction, so they exist exactly when the events were handled; they
 * are sent afterwards by the {@link NotificationDispatcher}, which takes each by a lease that another instance may
 * take over once it lapsed.
 */
@Component
public class NotificationOutbox {

    private final JdbcClient jdbc;

    public NotificationOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a delivery unless the same event already gave this recipient this kind over this channel: the id is
     * derived from that key, so an event delivered again to the processor inserts nothing.
     */
    void add(String eventId, NotificationKind kind, Channel channel, String recipient, String pilotId,
             String requestId, String payload, Instant createdAt, Instant dueAt) {
        String key = eventId + ' ' + kind + ' ' + channel + ' ' + recipient;
        jdbc.sql("""
                        INSERT INTO notification_delivery (delivery_id, dedup_key, event_id, kind, channel, recipient,
                            pilot_id, request_id, payload, created_at, status, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                        ON CONFLICT DO NOTHING""")
                .params(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(), key, eventId,
                        kind.name(), channel.name(), recipient, pilotId, requestId, payload,
                        Timestamp.from(createdAt), Timestamp.from(dueAt))
                .update();
    }

    /** Deliveries due now that nobody holds (or whose holder's lease lapsed), the longest waiting first. */
    List<String> due(Instant now, int limit) {
        return jdbc.sql("SELECT delivery_id FROM notification_delivery WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) "
                        + "ORDER BY next_attempt_at, delivery_id LIMIT " + limit)
                .params(Timestamp.from(now), Timestamp.from(now)).query(String.class).list();
    }

    /** Takes a due delivery for one dispatcher until the lease ends; of two instances asking at once, one gets it. */
    boolean claim(String deliveryId, String dispatcher, Instant now, Instant until) {
        return jdbc.sql("UPDATE notification_delivery SET claimed_by = ?, claimed_until = ? WHERE delivery_id = ? "
                        + "AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(dispatcher, Timestamp.from(until), deliveryId, Timestamp.from(now)).update() == 1;
    }

    public Optional<Delivery> find(String deliveryId) {
        return jdbc.sql("SELECT * FROM notification_delivery WHERE delivery_id = ?").param(deliveryId)
                .query(NotificationOutbox::delivery).optional();
    }

    /** The latest deliveries to a recipient over a channel, newest first. */
    public List<Delivery> to(Channel channel, String recipient, int limit) {
        return jdbc.sql("SELECT * FROM notification_delivery WHERE channel = ? AND recipient = ? "
                        + "ORDER BY created_at DESC, delivery_id LIMIT " + limit)
                .params(channel.name(), recipient).query(NotificationOutbox::delivery).list();
    }

    public List<DeliveryAttempt> attempts(String deliveryId) {
        return jdbc.sql("SELECT * FROM notification_attempt WHERE delivery_id = ? ORDER BY attempt").param(deliveryId)
                .query((rs, row) -> new DeliveryAttempt(rs.getInt("attempt"), instant(rs, "attempted_at"),
                        rs.getBoolean("succeeded"), (Integer) rs.getObject("status_code", Integer.class),
                        rs.getString("error")))
                .list();
    }

    /** Logs an attempt the dispatcher made while holding the delivery, and says it succeeded. */
    void delivered(Delivery delivery, String dispatcher, Instant at, Integer statusCode) {
        if (logAttempt(delivery, dispatcher, at, true, statusCode, null)) {
            jdbc.sql("UPDATE notification_delivery SET status = 'DELIVERED', failures = 0, delivered_at = ?, "
                            + "claimed_by = NULL, claimed_until = NULL WHERE delivery_id = ?")
                    .params(Timestamp.from(at), delivery.id()).update();
        }
    }

    /** Logs a failed attempt; the delivery is tried again at the instant given, or given up when there is none. */
    void failed(Delivery delivery, String dispatcher, Instant at, Integer statusCode, String error, Instant retryAt) {
        if (logAttempt(delivery, dispatcher, at, false, statusCode, error)) {
            jdbc.sql("UPDATE notification_delivery SET status = ?, failures = failures + 1, next_attempt_at = ?, "
                            + "claimed_by = NULL, claimed_until = NULL WHERE delivery_id = ?")
                    .params(retryAt == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name(),
                            Timestamp.from(retryAt == null ? at : retryAt), delivery.id())
                    .update();
        }
    }

    /** Nothing to send any more (see {@link DeliveryStatus#SKIPPED}); no attempt is logged. */
    void skip(Delivery delivery) {
        jdbc.sql("UPDATE notification_delivery SET status = 'SKIPPED', claimed_by = NULL, claimed_until = NULL "
                + "WHERE delivery_id = ?").param(delivery.id()).update();
    }

    /**
     * Sends a delivery again, whatever became of it, with a fresh allowance of attempts: a receiver that lost one asks
     * for it, and de-duplicates by its id. A delivery being sent right now is left to finish.
     */
    boolean resend(String deliveryId, Instant now) {
        return jdbc.sql("UPDATE notification_delivery SET status = 'PENDING', failures = 0, next_attempt_at = ? "
                        + "WHERE delivery_id = ? AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(Timestamp.from(now), deliveryId, Timestamp.from(now)).update() == 1;
    }

    /**
     * The attempt counts only while this dispatcher still holds the delivery: one whose lease lapsed mid-attempt
     * (and was taken over) logs nothing, so no attempt number is used twice.
     */
    private boolean logAttempt(Delivery delivery, String dispatcher, Instant at, boolean succeeded, Integer statusCode,
                               String error) {
        int attempt = delivery.attempts() + 1;
        boolean held = jdbc.sql("UPDATE notification_delivery SET attempts = ? WHERE delivery_id = ? "
                        + "AND claimed_by = ? AND attempts = ?")
                .params(attempt, delivery.id(), dispatcher, delivery.attempts()).update() == 1;
        if (held) {
            jdbc.sql("INSERT INTO notification_attempt (delivery_id, attempt, attempted_at, succeeded, status_code, "
                            + "error) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(delivery.id(), attempt, Timestamp.from(at), succeeded, statusCode,
                            error == null ? null : shortened(error))
                    .update();
        }
        return held;
    }

    private static String shortened(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 999) + "…";
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getString("delivery_id"), rs.getString("event_id"),
                NotificationKind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), rs.getString("pilot_id"), rs.getString("request_id"),
                rs.getString("payload"), instant(rs, "created_at"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getInt("failures"), instant(rs, "next_attempt_at"),
                instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
