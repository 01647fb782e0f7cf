package com.pilotledger.app.notification;

import com.pilotledger.app.problem.InvalidRequestException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Administrators' use cases on webhooks, one path for the API and the page: subscribe, change, remove, read a
 * subscription's delivery log and send a delivery again.
 */
@Component
public class WebhookDesk {

    static final int URL_LENGTH = 2000;
    static final int SECRET_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 200;
    private static final int LOG_LENGTH = 100;

    private final WebhookSubscriptions subscriptions;
    private final NotificationOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    public WebhookDesk(WebhookSubscriptions subscriptions, NotificationOutbox outbox, JsonMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public List<WebhookView> all() {
        return subscriptions.all().stream().map(WebhookView::of).toList();
    }

    public WebhookView get(String id) {
        return WebhookView.of(subscription(id));
    }

    public WebhookView subscribe(WebhookRequest request, String administrator) {
        if (request.secret() == null) {
            throw new InvalidRequestException("secret", "is required: it signs every delivery");
        }
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID().toString(),
                receiverUrl(request.url()), request.secret(), request.kinds(), request.description(), administrator,
                clock.instant());
        subscriptions.add(subscription);
        return WebhookView.of(subscription);
    }

    public WebhookView change(String id, WebhookRequest request) {
        if (!subscriptions.change(id, receiverUrl(request.url()), request.secret(), request.kinds(),
                request.description())) {
            throw new NotificationNotFoundException("Webhook subscription " + id);
        }
        return get(id);
    }

    /** Removes a subscription; its deliveries not yet sent are skipped, its log stays. */
    public void remove(String id) {
        if (!subscriptions.remove(id)) {
            throw new NotificationNotFoundException("Webhook subscription " + id);
        }
    }

    /** The subscription's latest deliveries, newest first, each with its attempts. */
    public List<DeliveryView> deliveries(String id) {
        subscription(id);
        return outbox.to(Channel.WEBHOOK, id, LOG_LENGTH).stream().map(this::view).toList();
    }

    /** Sends a delivery of this subscription again, with a fresh allowance of attempts and the same id. */
    public DeliveryView resend(String id, String deliveryId) {
        Delivery delivery = outbox.find(deliveryId).filter(found -> found.channel() == Channel.WEBHOOK
                && found.recipient().equals(id)).orElseThrow(() -> new NotificationNotFoundException("Delivery "
                + deliveryId + " of webhook subscription " + id));
        outbox.resend(delivery.id(), clock.instant());
        return view(outbox.find(deliveryId).orElseThrow());
    }

    private WebhookSubscription subscription(String id) {
        return subscriptions.find(id).orElseThrow(() -> new NotificationNotFoundException("Webhook subscription " + id));
    }

    private DeliveryView view(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.kind(), delivery.channel(), delivery.recipient(),
                delivery.status(), delivery.createdAt(), delivery.nextAttemptAt(), delivery.deliveredAt(),
                json.readTree(delivery.payload()), outbox.attempts(delivery.id()));
    }

    /** An absolute http or https URL with a host: where the ledger may post. */
    static String receiverUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null) {
                return url;
            }
        } catch (URISyntaxException invalid) {
            // answered below, like any other URL the ledger will not post to
        }
        throw new InvalidRequestException("url", "must be an absolute http or https URL with a host and no user "
                + "information");
    }
}
