package com.pilotledger.app.notification;

import com.pilotledger.api.money.Money;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One notification as every channel sends it: its kind, when it happened, the pilot (id and name), the request and
 * amount where there is one, the page that shows it (a path), a sentence in words and the facts of its kind
 * ({@code details}, all strings), and the people it is addressed to. {@link #body()} is the documented JSON body
 * (docs/operations.md, "Webhooks").
 */
public record Notification(NotificationKind kind, Instant occurredAt, String pilotId, String pilotName,
                           String requestId, Money amount, String link, String summary, Map<String, String> details,
                           List<String> recipients) {

    public Notification {
        details = Map.copyOf(details);
        recipients = List.copyOf(recipients);
    }

    /** The body's fields in the documented order; absent ones (no request, no amount) left out. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind.name());
        body.put("title", kind.title());
        body.put("occurredAt", occurredAt.toString());
        Map<String, String> pilot = new LinkedHashMap<>();
        pilot.put("id", pilotId);
        pilot.put("name", pilotName);
        body.put("pilot", pilot);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (amount != null) {
            body.put("amount", amount);
        }
        body.put("link", link);
        body.put("summary", summary);
        body.put("details", new TreeMap<>(details));
        body.put("recipients", recipients);
        return body;
    }
}
