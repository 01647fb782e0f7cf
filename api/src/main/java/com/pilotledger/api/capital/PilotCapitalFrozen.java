package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ConcernsPilot;

import java.time.Instant;

/** A paused pilot's committed capital is frozen until a new authorization commits capital again. */
public record PilotCapitalFrozen(String pilotId, Money frozen, String reason, Instant frozenAt) implements ConcernsPilot {
}
