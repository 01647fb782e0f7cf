package com.pilotledger.command.capital;

import java.math.BigDecimal;

/** Capital set aside for one request until it is committed, rejected, expired or released. */
record Reservation(String requestId, String pilotId, BigDecimal total, BigDecimal reserved, String maker,
                   boolean awaitingApproval) {

    Reservation approved() {
        return new Reservation(requestId, pilotId, total, reserved, maker, false);
    }
}
