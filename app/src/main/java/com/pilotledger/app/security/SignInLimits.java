package com.pilotledger.app.security;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How many failed sign-ins are let through before the rest are refused ({@code pilot-ledger.sign-in.*}): per user,
 * per client address, within one window. The address limit is higher because several people may share an address
 * (an office behind one gateway).
 */
@Validated
@ConfigurationProperties("pilot-ledger.sign-in")
public record SignInLimits(@DefaultValue("5") @Min(1) int failuresPerUser,
                           @DefaultValue("20") @Min(1) int failuresPerAddress,
                           @DefaultValue("15m") Duration window,
                           @DefaultValue("10000") @Min(1) int addressesTracked) {
}
