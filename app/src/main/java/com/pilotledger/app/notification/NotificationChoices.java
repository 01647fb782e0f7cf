package com.pilotledger.app.notification;

import jakarta.validation.constraints.NotNull;

import java.util.Set;

/** The kinds a user chooses to receive by mail; every kind left out is switched off. */
public record NotificationChoices(@NotNull Set<@NotNull NotificationKind> receive) {
}
