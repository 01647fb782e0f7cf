package com.pilotledger.app.notification;

import java.time.Instant;
import java.util.Set;

/** A receiver of webhooks: where to post, the secret that signs each body (never shown back), the kinds it receives. */
public record WebhookSubscription(String id, String url, String secret, Set<NotificationKind> kinds, String description,
                                  String createdBy, Instant createdAt) {

    public WebhookSubscription {
        kinds = Set.copyOf(kinds);
    }

    boolean receives(NotificationKind kind) {
        return kinds.contains(kind);
    }
}
