package com.pilotledger.app.notification;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** One delivery with its log, as administrators read it: the body sent, where it stands, every attempt. */
public record DeliveryView(String id, NotificationKind kind, Channel channel, String recipient, DeliveryStatus status,
                           Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, JsonNode body,
                           List<DeliveryAttempt> attempts) {
}
