package com.pilotledger.app.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which kinds each user receives by mail: every kind unless they switched it off. The one path for the API and the
 * preferences page.
 */
@Component
public class NotificationPreferences {

    private final JdbcClient jdbc;

    public NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind with whether this user receives it. */
    public Map<NotificationKind, Boolean> of(String username) {
        Map<NotificationKind, Boolean> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, true);
        }
        jdbc.sql("SELECT kind, enabled FROM notification_preference WHERE username = ?").param(username)
                .query((rs, row) -> Map.entry(rs.getString("kind"), rs.getBoolean("enabled"))).list()
                .forEach(choice -> chosen.replace(kindNamed(choice.getKey()), choice.getValue()));
        return chosen;
    }

    public boolean receives(String username, NotificationKind kind) {
        return of(username).get(kind);
    }

    /** Sets the kinds named; kinds left out keep their choice. Setting the same again changes nothing. */
    @Transactional
    public Map<NotificationKind, Boolean> choose(String username, Map<NotificationKind, Boolean> choices) {
        choices.forEach((kind, enabled) -> {
            int updated = jdbc.sql("UPDATE notification_preference SET enabled = ? WHERE username = ? AND kind = ?")
                    .params(enabled, username, kind.name()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO notification_preference (username, kind, enabled) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING").params(username, kind.name(), enabled).update();
            }
        });
        return of(username);
    }

    /** A kind no longer known (renamed in a later version) is ignored rather than failing every reader. */
    private static NotificationKind kindNamed(String name) {
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
