package com.pilotledger.app.web;

import com.pilotledger.app.notification.NotificationKind;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/**
 * The kinds ticked on the notifications page. The form always sends the checkboxes' marker ({@code _receive}), so
 * none ticked arrives as an empty set (every kind off); null means the post was not the form's, and is refused.
 */
public record NotificationsForm(Set<@NotNull(message = "Choose among the kinds listed") NotificationKind> receive) {
}
