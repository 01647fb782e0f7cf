package com.pilotledger.app.notification;

import com.pilotledger.api.capital.RequestStatus;
import com.pilotledger.app.axon.LedgerNode;
import com.pilotledger.app.portfolio.PortfolioReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends what the outbox holds, every poll interval, on every instance: each due delivery is taken by a lease (so of
 * two instances one sends it), attempted, and logged. A failed attempt is tried again after a backoff that doubles
 * from the first up to the longest; after the last allowed attempt the delivery is given up (FAILED) until an
 * administrator sends it again. A crash between sending and logging sends it again once the lease lapsed: delivery is
 * at least once, and receivers de-duplicate by the delivery's id.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 50;

    private final NotificationOutbox outbox;
    private final WebhookSender webhooks;
    private final NotificationMailer mail;
    private final PortfolioReader reader;
    private final NotificationSettings settings;
    private final LedgerNode node;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread dispatching = new Thread(runnable, "notifications");
        dispatching.setDaemon(true);
        return dispatching;
    });

    NotificationDispatcher(NotificationOutbox outbox, WebhookSender webhooks, NotificationMailer mail, PortfolioReader reader,
                           NotificationSettings settings, LedgerNode node, Clock clock) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.mail = mail;
        this.reader = reader;
        this.settings = settings;
        this.node = node;
        this.clock = clock;
    }

    /** Deliveries wait for receivers: on a thread of their own they hold up nothing else the application schedules. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread.scheduleWithFixedDelay(this::dispatchDue, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops before the database closes, letting the attempt at hand finish and be logged. */
    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(settings.receiverTimeout().toSeconds() + 5, TimeUnit.SECONDS)) {
            thread.shutdownNow();
        }
    }

    /** One round: every delivery due now, a batch at a time. A failure of the round itself is logged, not fatal. */
    void dispatchDue() {
        try {
            for (String id : outbox.due(clock.instant(), BATCH)) {
                Instant now = clock.instant();
                if (outbox.claim(id, node.id(), now, now.plus(settings.lease()))) {
                    outbox.find(id).ifPresent(this::attempt);
                }
            }
        } catch (RuntimeException failed) {
            log.error("Notification delivery round failed; the next round tries again", failed);
        }
    }

    private void attempt(Delivery delivery) {
        if (delivery.kind() == NotificationKind.REQUEST_EXPIRING && !stillAwaitingApproval(delivery.requestId())) {
            outbox.skip(delivery);
            return;
        }
        Optional<DeliveryOutcome> sent = delivery.channel() == Channel.WEBHOOK
                ? webhooks.send(delivery) : mail.send(delivery);
        Instant at = clock.instant();
        if (sent.isEmpty()) {
            outbox.skip(delivery);
        } else if (sent.get().delivered()) {
            outbox.delivered(delivery, node.id(), at, sent.get().statusCode());
        } else {
            int failures = delivery.failures() + 1;
            Instant retryAt = failures >= settings.maxAttempts() ? null : at.plus(settings.backoffAfter(failures));
            log.warn("Notification {} ({} to {}) failed attempt {}: {}{}", delivery.id(), delivery.channel(),
                    delivery.recipient(), delivery.attempts() + 1, sent.get().error(),
                    retryAt == null ? "; given up" : "; next attempt at " + retryAt);
            outbox.failed(delivery, node.id(), at, sent.get().statusCode(), sent.get().error(), retryAt);
        }
    }

    private boolean stillAwaitingApproval(String requestId) {
        return reader.request(requestId).map(request -> request.status() == RequestStatus.AWAITING_APPROVAL)
                .orElse(false);
    }
}
