package com.pilotledger.app.notification;

import com.pilotledger.app.notification.UserDirectory.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Puts one notification into the outbox for everyone it goes to: every webhook subscription of its kind, and, when
 * mail is set up, each person addressed who has an address and receives that kind.
 */
@Component
class NotificationFanout {

    private final NotificationOutbox outbox;
    private final WebhookSubscriptions subscriptions;
    private final NotificationPreferences preferences;
    private final ObjectProvider<JavaMailSender> mail;
    private final JsonMapper json;
    private final Clock clock;

    NotificationFanout(NotificationOutbox outbox, WebhookSubscriptions subscriptions,
                       NotificationPreferences preferences, ObjectProvider<JavaMailSender> mail, JsonMapper json,
                       Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.preferences = preferences;
        this.mail = mail;
        this.json = json;
        this.clock = clock;
    }

    /** Sends at once. */
    void send(String eventId, Notification notification, List<Person> people) {
        sendAt(eventId, notification, people, clock.instant());
    }

    /** Sends no earlier than the instant given (a reminder), to whom it concerns at that time. */
    void sendAt(String eventId, Notification notification, List<Person> people, Instant dueAt) {
        String payload = json.writeValueAsString(notification.body());
        Instant now = clock.instant();
        for (WebhookSubscription subscription : subscriptions.all()) {
            if (subscription.receives(notification.kind())) {
                add(eventId, notification, Channel.WEBHOOK, subscription.id(), payload, now, dueAt);
            }
        }
        if (mail.getIfAvailable() == null) {
            return;
        }
        for (Person person : people) {
            if (person.email() != null && preferences.receives(person.username(), notification.kind())) {
                add(eventId, notification, Channel.MAIL, person.username(), payload, now, dueAt);
            }
        }
    }

    private void add(String eventId, Notification notification, Channel channel, String recipient, String payload,
                     Instant now, Instant dueAt) {
        outbox.add(eventId, notification.kind(), channel, recipient, notification.pilotId(),
                notification.requestId(), payload, now, dueAt);
    }
}
