package com.pilotledger.app.notification;

import java.time.Instant;
import java.util.Set;

/** A webhook subscription as administrators read it: everything but its secret, which is never shown back. */
public record WebhookView(String id, String url, Set<NotificationKind> kinds, String description, String createdBy,
                          Instant createdAt) {

    static WebhookView of(WebhookSubscription subscription) {
        return new WebhookView(subscription.id(), subscription.url(), subscription.kinds(), subscription.description(),
                subscription.createdBy(), subscription.createdAt());
    }
}
