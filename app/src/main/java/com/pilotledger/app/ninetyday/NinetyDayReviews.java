package com.pilotledger.app.ninetyday;

import com.pilotledger.api.ninetyday.CompleteNinetyDayReview;
import com.pilotledger.api.ninetyday.FindNinetyDayReview;
import com.pilotledger.api.ninetyday.NinetyDayReviewView;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.problem.CommandRefusedException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The 90-day review of a pilot's scale decision, the one path for the API and the pilot page: reading it, and
 * completing it as the signed-in reviewer (the comparison with production is the pilot's).
 */
@Component
public class NinetyDayReviews {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final Clock clock;

    public NinetyDayReviews(CommandSender commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** The review of the pilot's latest scale decision; empty when it never had one. */
    public Optional<NinetyDayReviewView> find(String pilotId) {
        return queries.query(new FindNinetyDayReview(pilotId),
                ResponseTypes.optionalInstanceOf(NinetyDayReviewView.class)).join();
    }

    /** The review, or a 404 problem when the pilot never had a scale decision. */
    public NinetyDayReviewView get(String pilotId) {
        return find(pilotId).orElseThrow(() -> new CommandRefusedException(new CommandRefusal(
                ErrorCode.NINETY_DAY_REVIEW_NOT_FOUND, "Pilot " + pilotId + " has no 90-day review: it never had a "
                + "scale decision (Authorize Deployment)", Map.of())));
    }

    /** Completes the due review; once this returns, the review read shows it completed. */
    public NinetyDayReviewView complete(String pilotId, String conclusion, CommandOrigin origin) {
        commands.send(new CompleteNinetyDayReview(pilotId, conclusion, clock.instant()), origin);
        return get(pilotId);
    }
}
