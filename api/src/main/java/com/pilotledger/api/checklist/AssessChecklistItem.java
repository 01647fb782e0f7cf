package com.pilotledger.api.checklist;

import com.pilotledger.api.pilot.PilotCommand;

import java.time.Instant;

/** Assess one readiness checklist item of a pilot as Complete, Partially complete or Not started, with evidence. */
public record AssessChecklistItem(String pilotId, ChecklistCriterion criterion, ChecklistStatus status,
                                  String evidence, Instant assessedAt) implements PilotCommand {
}
