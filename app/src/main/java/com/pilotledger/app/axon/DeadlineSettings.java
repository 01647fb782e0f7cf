package com.pilotledger.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** How often the deadline scheduler looks for due approval windows ({@code pilot-ledger.deadlines.polling-interval}). */
@ConfigurationProperties("pilot-ledger.deadlines")
public record DeadlineSettings(@DefaultValue("1s") Duration pollingInterval) {
}
