package com.pilotledger.app.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How notifications are delivered ({@code pilot-ledger.notifications}): how often the outbox is polled, the backoff
 * after a failed attempt (doubling from the first up to the longest), how many attempts a delivery gets before it is
 * given up, how long a dispatcher holds a delivery it took, how long a receiver may take, how long before a request
 * expires its checkers are reminded, where mail comes from, the address the links in a mail start with, and how long an
 * event waits for the read models before its batch is tried again later ({@link ViewsFirst}).
 */
@ConfigurationProperties("pilot-ledger.notifications")
public record NotificationSettings(@DefaultValue("1s") Duration pollInterval,
                                   @DefaultValue("1m") Duration firstBackoff,
                                   @DefaultValue("1h") Duration longestBackoff,
                                   @DefaultValue("10") int maxAttempts,
                                   @DefaultValue("2m") Duration lease,
                                   @DefaultValue("10s") Duration receiverTimeout,
                                   @DefaultValue("12h") Duration expiryReminder,
                                   @DefaultValue("pilot-ledger@localhost") String mailFrom,
                                   @DefaultValue("http://localhost:8080") String baseUrl,
                                   @DefaultValue("30s") Duration viewsWait) {

    /** The wait after the given number of failures in a row: first, twice that, four times... never above longest. */
    Duration backoffAfter(int failures) {
        Duration wait = firstBackoff;
        for (int i = 1; i < failures && wait.compareTo(longestBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestBackoff) > 0 ? longestBackoff : wait;
    }
}
