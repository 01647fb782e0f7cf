package com.pilotledger.app.capital;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long an authorization's HTTP answer waits for its request to be decided ({@code
 * pilot-ledger.capital.decision-timeout}); after that it is answered with where the request stands.
 */
@ConfigurationProperties("pilot-ledger.capital")
public record DecisionTimeout(@DefaultValue("10s") Duration decisionTimeout) {
}
