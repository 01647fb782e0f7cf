package com.pilotledger.api.portfolio;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Posture;

/** How many pilots stand in one authorized posture, with the capital they requested and were authorized. */
public record PostureTotal(Posture posture, long pilots, Money capitalRequested, Money capitalAuthorized) {
}
