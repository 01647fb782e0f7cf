package com.pilotledger.app.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The stored webhook subscriptions. */
@Component
public class WebhookSubscriptions {

    private final JdbcClient jdbc;

    public WebhookSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WebhookSubscription> all() {
        return jdbc.sql("SELECT * FROM webhook_subscription ORDER BY created_at, subscription_id")
                .query(WebhookSubscriptions::subscription).list();
    }

    public Optional<WebhookSubscription> find(String id) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE subscription_id = ?").param(id)
                .query(WebhookSubscriptions::subscription).optional();
    }

    /** Stores a new subscription, or nothing when one with this id exists already (a retried creation). */
    void add(WebhookSubscription subscription) {
        jdbc.sql("INSERT INTO webhook_subscription (subscription_id, url, secret, kinds, description, created_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(subscription.id(), subscription.url(), subscription.secret(), kinds(subscription.kinds()),
                        subscription.description(), subscription.createdBy(),
                        Timestamp.from(subscription.createdAt()))
                .update();
    }

    /** Replaces where it posts and what it receives; a null secret keeps the one it has. */
    boolean change(String id, String url, String secret, Set<NotificationKind> kinds, String description) {
        return jdbc.sql("UPDATE webhook_subscription SET url = ?, secret = COALESCE(?, secret), kinds = ?, "
                        + "description = ? WHERE subscription_id = ?")
                .params(url, secret, kinds(kinds), description, id).update() > 0;
    }

    boolean remove(String id) {
        return jdbc.sql("DELETE FROM webhook_subscription WHERE subscription_id = ?").param(id).update() > 0;
    }

    private static String kinds(Set<NotificationKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static WebhookSubscription subscription(ResultSet rs, int row) throws SQLException {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(rs.getString("kinds").split(",")).filter(name -> !name.isBlank())
                .forEach(name -> Arrays.stream(NotificationKind.values())
                        .filter(kind -> kind.name().equals(name)).forEach(kinds::add));
        return new WebhookSubscription(rs.getString("subscription_id"), rs.getString("url"), rs.getString("secret"),
                kinds, rs.getString("description"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
