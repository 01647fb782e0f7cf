package com.pilotledger.app.notification;

import java.time.Instant;

/**
 * One notification to one recipient over one channel, as the outbox holds it: the body (JSON), where it stands, how
 * many attempts it took, when the next one is due. The id is the one receivers de-duplicate by.
 */
public record Delivery(String id, String eventId, NotificationKind kind, Channel channel, String recipient,
                       String pilotId, String requestId, String payload, Instant createdAt, DeliveryStatus status,
                       int attempts, int failures, Instant nextAttemptAt, Instant deliveredAt) {
}
