package com.pilotledger.api.checklist;

import com.pilotledger.api.pilot.PilotEvent;

import java.time.Instant;

/** One readiness checklist item of a pilot was assessed, by whom, when, with the evidence behind the status. */
public record ChecklistItemAssessed(String pilotId, ChecklistCriterion criterion, ChecklistStatus status,
                                    String evidence, String assessedBy, Instant assessedAt) implements PilotEvent {
}
