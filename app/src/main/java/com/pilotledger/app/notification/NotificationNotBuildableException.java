package com.pilotledger.app.notification;

/**
 * What a notification needs is not in the views (its pilot or request): the event is parked in the notifications'
 * dead-letter queue, the other events go on, and an administrator retries it once the views show it.
 */
class NotificationNotBuildableException extends RuntimeException {

    NotificationNotBuildableException(String message) {
        super(message);
    }
}
