package com.pilotledger.app.review;

import com.pilotledger.api.input.FieldLimits;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.review.AssessScaleReadiness;
import com.pilotledger.api.review.CompleteGapClosurePlan;
import com.pilotledger.api.review.ConcludeGateReview;
import com.pilotledger.api.review.ConveneGateReview;
import com.pilotledger.api.review.FindGateReviewStandings;
import com.pilotledger.api.review.FindGateReviews;
import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.GateReviewStandings;
import com.pilotledger.api.review.GateReviews;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.app.pilot.CommandIds;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.problem.InvalidRequestException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Gate reviews (seed 002), the one path for the API and the pilot page: ids are made here (from the Idempotency-Key
 * when there is one, so a retry addresses the same review and plans), times come from the clock, and every rule of the
 * review is the {@code Pilot}'s. A plan is due on a day: it is overdue once that day (UTC) is over.
 */
@Component
public class GateReviewDesk {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final String currency;
    private final Clock clock;

    public GateReviewDesk(CommandSender commands, QueryGateway queries, PortfolioCurrency portfolio, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.currency = portfolio.currency();
        this.clock = clock;
    }

    /** A gap-closure plan as its author gives it, due on a day, its investment in the portfolio currency. */
    public record PlanDraft(ScaleReadinessSignal signal, String action, String owner, LocalDate dueOn,
                            BigDecimal investment) {
    }

    /** Returns the new review's id. */
    public String convene(String pilotId, Map<StakeholderRole, String> participants, CommandOrigin origin) {
        String reviewId = CommandIds.newId("convene-gate-review", origin);
        commands.send(new ConveneGateReview(pilotId, reviewId, participants, clock.instant()), origin);
        return reviewId;
    }

    public void assess(String pilotId, String reviewId, StakeholderRole role, List<SignalAssessment> assessments,
                       CommandOrigin origin) {
        commands.send(new AssessScaleReadiness(pilotId, reviewId, role, assessments, clock.instant()), origin);
    }

    public void conclude(String pilotId, String reviewId, List<PlanDraft> drafts, CommandOrigin origin) {
        List<GapClosurePlan> plans = drafts.stream()
                .map(draft -> new GapClosurePlan(CommandIds.newId("gap-closure-plan-" + draft.signal(), origin),
                        draft.signal(), draft.action(), draft.owner(), endOf(draft),
                        draft.investment() == null ? null : new Money(draft.investment(), currency)))
                .toList();
        commands.send(new ConcludeGateReview(pilotId, reviewId, plans, clock.instant()), origin);
    }

    public void completePlan(String pilotId, String planId, String evidence, CommandOrigin origin) {
        commands.send(new CompleteGapClosurePlan(pilotId, planId, evidence, clock.instant()), origin);
    }

    public GateReviews reviews(String pilotId) {
        return queries.query(new FindGateReviews(pilotId), ResponseTypes.instanceOf(GateReviews.class)).join();
    }

    public GateReviewStandings standings(List<String> pilotIds) {
        return queries.query(new FindGateReviewStandings(pilotIds), ResponseTypes.instanceOf(GateReviewStandings.class))
                .join();
    }

    /** The instant a plan due on a day becomes overdue: the start of the next day, UTC. */
    private static Instant endOf(PlanDraft draft) {
        if (draft.dueOn() == null) {
            return null;
        }
        Instant end = draft.dueOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!FieldLimits.isWithinTime(end)) {
            throw new InvalidRequestException(SignalFields.of(draft.signal()) + ".dueOn",
                    "must be a day between 1970 and the year 9999");
        }
        return end;
    }
}
