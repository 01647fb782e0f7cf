package com.pilotledger.command.capital;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.capital.ApprovalLimitRemoved;
import com.pilotledger.api.capital.ApprovalLimitSet;
import com.pilotledger.api.capital.ApprovalLimits;
import com.pilotledger.api.capital.ApprovalWindowSet;
import com.pilotledger.api.capital.ApproveCapitalRequest;
import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.capital.CapitalCommand;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReservationReleased;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.CommitCapital;
import com.pilotledger.api.capital.ExpireCapitalRequest;
import com.pilotledger.api.capital.FourEyesThresholdSet;
import com.pilotledger.api.capital.FreezePilotCapital;
import com.pilotledger.api.capital.HolderKind;
import com.pilotledger.api.capital.InitializeDecisionRights;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.PilotCapitalFrozen;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.capital.RejectCapitalRequest;
import com.pilotledger.api.capital.ReleaseCapitalReservation;
import com.pilotledger.api.capital.ReleasePilotCapital;
import com.pilotledger.api.capital.RemoveApprovalLimit;
import com.pilotledger.api.capital.ReserveCapital;
import com.pilotledger.api.capital.SetApprovalLimit;
import com.pilotledger.api.capital.SetApprovalWindow;
import com.pilotledger.api.capital.SetCapitalBudget;
import com.pilotledger.api.capital.SetFourEyesThreshold;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.RuleViolation;
import com.pilotledger.command.rule.Verdict;
import com.pilotledger.command.rule.WrittenReasonRule;
import com.pilotledger.command.support.RecentIds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The portfolio's capital and the decision rights over it: the budget, the approval limits, the four-eyes threshold
 * and approval window, every reservation and every pilot's commitment. All capital moves through this one event
 * stream, so "committed + reserved never exceeds the budget" is checked in one place; two instances deciding at the
 * same moment append the same sequence number, and the store's unique key lets only one of them through.
 * <p>
 * Every command may address a portfolio that has no events yet: until an administrator sets a budget, there is
 * simply nothing to reserve.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger")
class PortfolioCapital {

    /** Until an administrator sets one, a request waits this long for its second approval. */
    static final Duration DEFAULT_APPROVAL_WINDOW = Duration.ofDays(3);
    /**
     * How many settled requests are remembered. A step of the authorization process is repeated only when the event
     * that caused it is redelivered after a crash: one batch of each of its segments (a few hundred events), so a
     * thousand requests settled since is far beyond any repeat, and small enough for every snapshot.
     */
    static final int SETTLED_REMEMBERED = 1000;

    @AggregateIdentifier
    private String portfolioId;
    private String currency;
    private BigDecimal budget;
    private final Map<String, BigDecimal> roleLimits = new HashMap<>();
    private final Map<String, BigDecimal> userLimits = new HashMap<>();
    private BigDecimal fourEyesThreshold;
    private Duration approvalWindow = DEFAULT_APPROVAL_WINDOW;
    private final Map<String, BigDecimal> committed = new HashMap<>();
    /** When each pilot's current commitment was made, so a late freeze cannot reach a commitment made after it. */
    private final Map<String, Instant> committedAt = new HashMap<>();
    private final Set<String> frozen = new HashSet<>();
    private final Map<String, Reservation> reservations = new LinkedHashMap<>();
    /** Requests whose reservation ended (committed, released, rejected, expired, cancelled), latest last. */
    private final RecentIds settledRequests = new RecentIds(SETTLED_REMEMBERED);
    /** Who approved or rejected the latest requests, so that a checker's retried decision is recognised. */
    private final RecentIds checkerDecisions = new RecentIds(SETTLED_REMEMBERED);

    PortfolioCapital() {
        // required by Axon to rebuild the capital from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetCapitalBudget command, @MetaDataValue(AuditMetaData.ACTOR) String actor) {
        Verdict.firstRefusal(sameCurrency(command.budget()), notNegative(command.budget(), "A budget"),
                WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason")).orRefuse();
        BigDecimal held = totalCommitted().add(totalReserved());
        if (command.budget().amount().compareTo(held) < 0) {
            throw new RuleViolation(ErrorCode.BUDGET_BELOW_COMMITMENTS, "The budget cannot go below the "
                    + held.toPlainString() + " already committed or reserved",
                    Map.of("committedOrReserved", held.toPlainString(), "currency", command.budget().currency()));
        }
        if (budget == null || budget.compareTo(command.budget().amount()) != 0) {
            apply(new CapitalBudgetSet(command.budget(), money(budget), command.reason(), actor, command.decidedAt()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetApprovalLimit command, @MetaDataValue(AuditMetaData.ACTOR) String actor) {
        Verdict.firstRefusal(sameCurrency(command.limit()), notNegative(command.limit(), "An approval limit"),
                WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason"),
                namedHolder(command.holder().name())).orRefuse();
        BigDecimal previous = limitsOf(command.holder().kind()).get(command.holder().name());
        if (previous == null || previous.compareTo(command.limit().amount()) != 0) {
            apply(new ApprovalLimitSet(command.holder(), command.limit(), money(previous), command.reason(), actor,
                    command.decidedAt()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveApprovalLimit command, @MetaDataValue(AuditMetaData.ACTOR) String actor) {
        WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason").orRefuse();
        BigDecimal previous = limitsOf(command.holder().kind()).get(command.holder().name());
        if (previous != null) {
            apply(new ApprovalLimitRemoved(command.holder(), money(previous), command.reason(), actor,
                    command.decidedAt()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetFourEyesThreshold command, @MetaDataValue(AuditMetaData.ACTOR) String actor) {
        Verdict.firstRefusal(sameCurrency(command.threshold()), notNegative(command.threshold(), "A threshold"),
                WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason")).orRefuse();
        if (fourEyesThreshold == null || fourEyesThreshold.compareTo(command.threshold().amount()) != 0) {
            apply(new FourEyesThresholdSet(command.threshold(), money(fourEyesThreshold), command.reason(), actor,
                    command.decidedAt()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetApprovalWindow command, @MetaDataValue(AuditMetaData.ACTOR) String actor) {
        WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason").orRefuse();
        if (command.window() == null || command.window().isNegative() || command.window().isZero()) {
            throw new RuleViolation(ErrorCode.INVALID_DECISION_RIGHTS, "An approval window must be positive");
        }
        if (!approvalWindow.equals(command.window()) || portfolioId == null) {
            apply(new ApprovalWindowSet(command.window(), portfolioId == null ? null : approvalWindow,
                    command.reason(), actor, command.decidedAt()));
        }
    }

    /**
     * The decision rights configured for a new portfolio, recorded as the decisions an administrator would take, only
     * when the portfolio has none yet: two instances starting at once both send it, and the one that loses the race
     * is retried on the initialized portfolio, where it changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(InitializeDecisionRights command, @MetaDataValue(AuditMetaData.ACTOR) String actor) {
        if (portfolioId != null) {
            return;
        }
        if (command.approvalWindow() != null) {
            handle(new SetApprovalWindow(command.approvalWindow(), command.reason(), command.decidedAt()), actor);
        }
        new TreeMap<>(command.roleLimits()).forEach((role, limit) -> handle(new SetApprovalLimit(LimitHolder.role(role),
                limit, command.reason(), command.decidedAt()), actor));
        if (command.fourEyesThreshold() != null) {
            handle(new SetFourEyesThreshold(command.fourEyesThreshold(), command.reason(), command.decidedAt()), actor);
        }
        if (command.budget() != null) {
            handle(new SetCapitalBudget(command.budget(), command.reason(), command.decidedAt()), actor);
        }
    }

    /**
     * A request takes capital from the pool only within the maker's authority and what the budget still has. A
     * request already reserved, or settled since, is not reserved again: the repeat succeeds and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReserveCapital command) {
        if (reservations.containsKey(command.requestId()) || settledRequests.contains(command.requestId())) {
            return;
        }
        if (budget == null) {
            throw new RuleViolation(ErrorCode.BUDGET_NOT_SET,
                    "No capital budget has been set for the portfolio; an administrator sets it");
        }
        sameCurrency(command.total()).orRefuse();
        Authority authority = AuthorityLimitRule.authorityOf(limits(), command.maker(), command.makerRoles(), currency);
        BigDecimal held = committed.getOrDefault(command.pilotId(), BigDecimal.ZERO);
        BigDecimal needed = command.total().amount().subtract(held).max(BigDecimal.ZERO);
        Money atStake = AuthorityLimitRule.atStake(command.total(), held);
        Verdict.firstRefusal(
                AuthorityLimitRule.covers(authority, atStake, command.maker()),
                CapitalAvailabilityRule.covers(available(), needed, currency)).orRefuse();
        boolean secondApproval = FourEyesRule.requiresSecondApproval(atStake.amount(), fourEyesThreshold);
        apply(new CapitalReserved(command.requestId(), command.pilotId(), command.posture(), command.total(),
                new Money(needed, currency), command.maker(), authority, secondApproval,
                secondApproval ? command.requestedAt().plus(approvalWindow) : null, command.requestedAt()));
    }

    /**
     * A checker's decision. The same checker deciding the same way again (a client retrying after a crash cut off its
     * answer) succeeds and changes nothing; anyone else finds the request no longer waiting.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ApproveCapitalRequest command, @MetaDataValue(AuditMetaData.ACTOR) String checker,
                @MetaDataValue(AuditMetaData.ACTOR_ROLES) String checkerRoles) {
        if (checkerDecisions.contains(decision(command.requestId(), "approved", checker))) {
            return;
        }
        Reservation reservation = awaitingApproval(command.requestId());
        Authority authority = checkerAuthority(reservation, checker, checkerRoles);
        apply(new CapitalRequestApproved(command.requestId(), reservation.pilotId(), checker, authority,
                command.decidedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RejectCapitalRequest command, @MetaDataValue(AuditMetaData.ACTOR) String checker,
                @MetaDataValue(AuditMetaData.ACTOR_ROLES) String checkerRoles) {
        if (checkerDecisions.contains(decision(command.requestId(), "rejected", checker))) {
            return;
        }
        Reservation reservation = awaitingApproval(command.requestId());
        WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason to reject").orRefuse();
        Authority authority = checkerAuthority(reservation, checker, checkerRoles);
        apply(new CapitalRequestRejected(command.requestId(), reservation.pilotId(), checker, authority,
                command.reason(), new Money(reservation.reserved(), currency), command.decidedAt()));
    }

    /** The approval window closed: a request still waiting expires; one decided meanwhile is left alone. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ExpireCapitalRequest command) {
        Reservation reservation = reservations.get(command.requestId());
        if (reservation != null && reservation.awaitingApproval()) {
            apply(new CapitalRequestExpired(command.requestId(), reservation.pilotId(),
                    new Money(reservation.reserved(), currency), command.expiredAt()));
        }
    }

    /**
     * The pilot recorded the authorization: its reservation becomes the pilot's commitment. A request settled already
     * (committed before, or cancelled by a kill) is left as it is: the repeat succeeds and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CommitCapital command) {
        if (settledRequests.contains(command.requestId())) {
            return;
        }
        Reservation reservation = reservations.get(command.requestId());
        if (reservation == null || reservation.awaitingApproval()) {
            throw new RuleViolation(ErrorCode.REQUEST_NOT_PENDING,
                    "Request " + command.requestId() + " holds no capital ready to commit");
        }
        BigDecimal before = committed.getOrDefault(reservation.pilotId(), BigDecimal.ZERO);
        apply(new CapitalCommitted(command.requestId(), reservation.pilotId(), new Money(reservation.total(), currency),
                new Money(reservation.total().subtract(before), currency), command.committedAt()));
    }

    /** Gives an open reservation back; one committed or ended already is left as it is. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReleaseCapitalReservation command) {
        Reservation reservation = reservations.get(command.requestId());
        if (reservation != null) {
            apply(new CapitalReservationReleased(command.requestId(), reservation.pilotId(),
                    new Money(reservation.reserved(), currency), command.reason(), command.releasedAt()));
        }
    }

    /** A killed pilot keeps no capital: its commitment and any reservation still open go back to the pool. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReleasePilotCapital command) {
        List<Reservation> open = reservations.values().stream()
                .filter(reservation -> reservation.pilotId().equals(command.pilotId())).toList();
        BigDecimal held = committed.getOrDefault(command.pilotId(), BigDecimal.ZERO);
        if (held.signum() > 0 || !open.isEmpty()) {
            BigDecimal released = open.stream().map(Reservation::reserved).reduce(held, BigDecimal::add);
            apply(new PilotCapitalReleased(command.pilotId(), new Money(released, currency),
                    open.stream().map(Reservation::requestId).toList(), command.reason(), command.releasedAt()));
        }
    }

    /**
     * A paused pilot keeps its commitment, frozen: no new capital flows until a new authorization commits. A freeze
     * arriving late (a redelivered pause) leaves a commitment made after the pause as it is.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FreezePilotCapital command) {
        BigDecimal held = committed.getOrDefault(command.pilotId(), BigDecimal.ZERO);
        Instant since = committedAt.get(command.pilotId());
        boolean committedAfterThePause = since != null && since.isAfter(command.frozenAt());
        if (held.signum() > 0 && !frozen.contains(command.pilotId()) && !committedAfterThePause) {
            apply(new PilotCapitalFrozen(command.pilotId(), new Money(held, currency), command.reason(),
                    command.frozenAt()));
        }
    }

    private static String decision(String requestId, String outcome, String checker) {
        return requestId + ' ' + outcome + ' ' + checker;
    }

    private Reservation awaitingApproval(String requestId) {
        Reservation reservation = reservations.get(requestId);
        if (reservation == null || !reservation.awaitingApproval()) {
            throw new RuleViolation(ErrorCode.REQUEST_NOT_PENDING,
                    "Request " + requestId + " is not waiting for an approval");
        }
        return reservation;
    }

    /** The checker needs authority for what the maker needed: the request, or the authorization it replaces if larger. */
    private Authority checkerAuthority(Reservation reservation, String checker, String checkerRoles) {
        FourEyesRule.secondPerson(reservation.maker(), checker).orRefuse();
        Authority authority = AuthorityLimitRule.authorityOf(limits(), checker, AuditMetaData.roles(checkerRoles), currency);
        Money atStake = AuthorityLimitRule.atStake(new Money(reservation.total(), currency),
                committed.getOrDefault(reservation.pilotId(), BigDecimal.ZERO));
        AuthorityLimitRule.covers(authority, atStake, checker).orRefuse();
        return authority;
    }

    private BigDecimal available() {
        return budget.subtract(totalCommitted()).subtract(totalReserved());
    }

    private BigDecimal totalCommitted() {
        return committed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal totalReserved() {
        return reservations.values().stream().map(Reservation::reserved).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ApprovalLimits limits() {
        return new ApprovalLimits(roleLimits, userLimits);
    }

    private Map<String, BigDecimal> limitsOf(HolderKind kind) {
        return kind == HolderKind.ROLE ? roleLimits : userLimits;
    }

    private Verdict sameCurrency(Money money) {
        return currency == null || currency.equals(money.currency())
                ? Verdict.allowed()
                : Verdict.refused(ErrorCode.CURRENCY_MISMATCH, "The portfolio's capital is kept in " + currency);
    }

    private static Verdict notNegative(Money money, String what) {
        return money.amount().signum() >= 0
                ? Verdict.allowed()
                : Verdict.refused(ErrorCode.INVALID_DECISION_RIGHTS, what + " cannot be negative");
    }

    private static Verdict namedHolder(String name) {
        return name == null || name.isBlank()
                ? Verdict.refused(ErrorCode.INVALID_DECISION_RIGHTS, "An approval limit belongs to a named role or user")
                : Verdict.allowed();
    }

    private Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, currency);
    }

    /** Decision-rights events can be the first of the stream: each opens the portfolio's capital. */
    private void open(Money money) {
        portfolioId = CapitalCommand.PORTFOLIO;
        if (money != null) {
            currency = money.currency();
        }
    }

    @EventSourcingHandler
    void on(CapitalBudgetSet event) {
        open(event.budget());
        budget = event.budget().amount();
    }

    @EventSourcingHandler
    void on(ApprovalLimitSet event) {
        open(event.limit());
        limitsOf(event.holder().kind()).put(event.holder().name(), event.limit().amount());
    }

    @EventSourcingHandler
    void on(ApprovalLimitRemoved event) {
        limitsOf(event.holder().kind()).remove(event.holder().name());
    }

    @EventSourcingHandler
    void on(FourEyesThresholdSet event) {
        open(event.threshold());
        fourEyesThreshold = event.threshold().amount();
    }

    @EventSourcingHandler
    void on(ApprovalWindowSet event) {
        open(null);
        approvalWindow = event.window();
    }

    @EventSourcingHandler
    void on(CapitalReserved event) {
        reservations.put(event.requestId(), new Reservation(event.requestId(), event.pilotId(), event.total().amount(),
                event.reserved().amount(), event.maker(), event.secondApprovalRequired()));
    }

    @EventSourcingHandler
    void on(CapitalRequestApproved event) {
        checkerDecisions.remember(decision(event.requestId(), "approved", event.approvedBy()));
        reservations.computeIfPresent(event.requestId(), (id, reservation) -> reservation.approved());
    }

    @EventSourcingHandler
    void on(CapitalRequestRejected event) {
        checkerDecisions.remember(decision(event.requestId(), "rejected", event.rejectedBy()));
        settle(event.requestId());
    }

    @EventSourcingHandler
    void on(CapitalRequestExpired event) {
        settle(event.requestId());
    }

    @EventSourcingHandler
    void on(CapitalReservationReleased event) {
        settle(event.requestId());
    }

    @EventSourcingHandler
    void on(CapitalCommitted event) {
        settle(event.requestId());
        committed.put(event.pilotId(), event.total().amount());
        committedAt.put(event.pilotId(), event.committedAt());
        frozen.remove(event.pilotId());
    }

    @EventSourcingHandler
    void on(PilotCapitalReleased event) {
        event.cancelledRequests().forEach(this::settle);
        committed.remove(event.pilotId());
        committedAt.remove(event.pilotId());
        frozen.remove(event.pilotId());
    }

    @EventSourcingHandler
    void on(PilotCapitalFrozen event) {
        frozen.add(event.pilotId());
    }

    private void settle(String requestId) {
        reservations.remove(requestId);
        settledRequests.remember(requestId);
    }
}
