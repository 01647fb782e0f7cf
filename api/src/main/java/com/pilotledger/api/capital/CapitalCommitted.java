package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ConcernsPilot;

import java.time.Instant;

/** The pilot's committed capital is now total (change is the difference, negative when it shrank); it is not frozen. */
public record CapitalCommitted(String requestId, String pilotId, Money total, Money change, Instant committedAt) implements ConcernsPilot {
}
