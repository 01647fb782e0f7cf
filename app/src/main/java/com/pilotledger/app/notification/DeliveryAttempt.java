package com.pilotledger.app.notification;

import java.time.Instant;

/** One attempt of a delivery in the log: when, whether the receiver took it, its status code or the error. */
public record DeliveryAttempt(int attempt, Instant attemptedAt, boolean succeeded, Integer statusCode, String error) {
}
