package com.pilotledger.app.web;

import com.pilotledger.app.notification.NotificationKind;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/**
 * The kinds ticked on the notifications page. The form always sends the checkboxes' marker ({@code _receive}), so
 * none ticked arrives as an empty set (every kind off), and a post without the form's fields is refused.
 */
public record NotificationsForm(@NotNull(message = "Choose the kinds you receive")
                                Set<@NotNull(message = "Choose among the kinds listed") NotificationKind> receive) {
}
