package com.pilotledger.app.notification;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;

/**
 * Posts a delivery to its subscription's URL, signed, with its id for the receiver to de-duplicate by. Any 2xx is
 * taken; anything else, a timeout or a refused connection is a failed attempt. Redirects are not followed: the body
 * goes only where an administrator said.
 */
@Component
class WebhookSender {

    static final String DELIVERY_HEADER = "Pilot-Ledger-Delivery";
    static final String KIND_HEADER = "Pilot-Ledger-Kind";

    private final WebhookSubscriptions subscriptions;
    private final NotificationSettings settings;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookSubscriptions subscriptions, NotificationSettings settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.receiverTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The outcome, or nothing when the subscription was removed meanwhile (nobody to send it to). */
    Optional<DeliveryOutcome> send(Delivery delivery) {
        return subscriptions.find(delivery.recipient()).map(subscription -> post(subscription, delivery));
    }

    private DeliveryOutcome post(WebhookSubscription subscription, Delivery delivery) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(settings.receiverTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Pilot-Ledger-Webhooks")
                .header(DELIVERY_HEADER, delivery.id())
                .header(KIND_HEADER, delivery.kind().name())
                .header(WebhookSignature.HEADER,
                        WebhookSignature.header(subscription.secret(), timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2 ? DeliveryOutcome.accepted(status)
                    : DeliveryOutcome.refused(status, "The receiver answered " + status);
        } catch (IOException | IllegalArgumentException failed) {
            return DeliveryOutcome.refused(null, failed.getClass().getSimpleName()
                    + (failed.getMessage() == null ? "" : ": " + failed.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.refused(null, "Interrupted while the application stopped");
        }
    }
}
