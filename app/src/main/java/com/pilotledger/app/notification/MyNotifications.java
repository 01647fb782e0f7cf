package com.pilotledger.app.notification;

import java.util.List;

/**
 * A user's notifications as they read them: the address mail goes to (null when the ledger knows none), whether the
 * ledger sends mail at all, and each kind with whether they receive it.
 */
public record MyNotifications(String email, boolean mailEnabled, List<KindChoice> kinds) {

    /** One kind, in words, and whether this user receives it. */
    public record KindChoice(NotificationKind kind, String title, boolean receive) {
    }
}
