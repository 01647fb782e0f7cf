package com.pilotledger.api.checklist;

import java.time.Instant;

/** Find a pilot's readiness checklist as it stood at an instant (asOf; null: today). */
public record FindReadinessChecklist(String pilotId, Instant asOf) {
}
