package com.pilotledger.api.portfolio;

import java.time.Instant;

/**
 * Find everything known about one pilot: its case, its readings and its decisions, as they stood at an instant (asOf;
 * null: today), the readings as the ledger knew them on knownOn (recorded by then; null: as known now).
 */
public record FindPilotDetail(String pilotId, Instant asOf, Instant knownOn) {

    /** The pilot today. */
    public FindPilotDetail(String pilotId) {
        this(pilotId, null, null);
    }
}
