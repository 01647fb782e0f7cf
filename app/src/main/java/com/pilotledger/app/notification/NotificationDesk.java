package com.pilotledger.app.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** A user reads and chooses which notifications they receive; one path for the API and the page. */
@Component
public class NotificationDesk {

    private final NotificationPreferences preferences;
    private final UserDirectory directory;
    private final ObjectProvider<JavaMailSender> mail;

    public NotificationDesk(NotificationPreferences preferences, UserDirectory directory,
                            ObjectProvider<JavaMailSender> mail) {
        this.preferences = preferences;
        this.directory = directory;
        this.mail = mail;
    }

    public MyNotifications of(String username) {
        Map<NotificationKind, Boolean> chosen = preferences.of(username);
        return new MyNotifications(directory.find(username).map(UserDirectory.Person::email).orElse(null),
                mail.getIfAvailable() != null, Arrays.stream(NotificationKind.values())
                .map(kind -> new MyNotifications.KindChoice(kind, kind.title(), chosen.get(kind))).toList());
    }

    public MyNotifications choose(String username, NotificationChoices choices) {
        Map<NotificationKind, Boolean> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, choices.receive().contains(kind));
        }
        preferences.choose(username, chosen);
        return of(username);
    }
}
