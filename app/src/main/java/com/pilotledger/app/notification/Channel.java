package com.pilotledger.app.notification;

/** How a notification reaches its recipient: a webhook subscription, or a person's mailbox. */
public enum Channel {
    WEBHOOK,
    MAIL
}
