package com.pilotledger.api.ninetyday;

import com.pilotledger.api.pilot.PilotCommand;

import java.time.Instant;

/**
 * Complete the due 90-day review of a pilot's scale decision with the reviewer's conclusion in words; the comparison of
 * projections with measured metrics is made by the pilot, and the reviewer is the user who sends this command.
 */
public record CompleteNinetyDayReview(String pilotId, String conclusion, Instant completedAt) implements PilotCommand {
}
