package com.pilotledger.app.notification;

/** What one attempt came to: taken by the receiver or not, its status code (webhooks), the error in words. */
record DeliveryOutcome(boolean delivered, Integer statusCode, String error) {

    static DeliveryOutcome accepted(Integer statusCode) {
        return new DeliveryOutcome(true, statusCode, null);
    }

    static DeliveryOutcome refused(Integer statusCode, String error) {
        return new DeliveryOutcome(false, statusCode, error);
    }
}
