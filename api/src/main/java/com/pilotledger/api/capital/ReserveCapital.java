package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Posture;

import java.time.Instant;
import java.util.Set;

/**
 * Reserve capital for a requested authorization: total is what the pilot would have authorized from then on; the
 * maker is the person who asked, with the roles they held when asking.
 */
public record ReserveCapital(String requestId, String pilotId, Posture posture, Money total, String maker,
                             Set<String> makerRoles, Instant requestedAt) implements CapitalCommand {
}
