package com.pilotledger.app.web;

import com.pilotledger.app.notification.NotificationKind;

import java.util.Set;

/** The kinds ticked on the notifications page; none ticked switches every kind off. */
public record NotificationsForm(Set<NotificationKind> receive) {
}
