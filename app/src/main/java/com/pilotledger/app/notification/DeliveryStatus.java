package com.pilotledger.app.notification;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The receiver accepted it. */
    DELIVERED,
    /** Every attempt failed; an administrator may send it again. */
    FAILED,
    /** No longer to be sent when it fell due: the request was decided before its reminder, the receiver is gone. */
    SKIPPED
}
