package com.pilotledger.app.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a request may hold its key before a retry may run it again ({@code lease}: longer than any request takes,
 * read-your-writes and the authorization decision timeout included), how long an answer is kept for retries
 * ({@code retention}), and how often records past their retention are deleted ({@code cleanup-interval}).
 */
@ConfigurationProperties("pilot-ledger.idempotency")
public record IdempotencyProperties(@DefaultValue("1m") Duration lease, @DefaultValue("24h") Duration retention,
                                    @DefaultValue("1h") Duration cleanupInterval) {
}
