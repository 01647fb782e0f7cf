package com.pilotledger.verifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Re-derives the decision rights from the events alone and checks every authorization against them, as an auditor
 * would by hand: the budget, the approval limits and the four-eyes threshold as set, each pilot's commitment, the
 * open reservations and the kills, replayed in the store's global order. It trusts no authority or amount the
 * application recorded: each one is derived again and compared. The rules, by their names in the report:
 * <dl>
 *     <dt>decider-limit</dt><dd>The decider's limit when the capital was reserved (their own if set, else the highest
 *     of the roles they held when asking) covers what was at stake: the amount asked for, or the pilot's commitment
 *     it replaces when that was larger.</dd>
 *     <dt>four-eyes</dt><dd>Above the threshold in force at the reservation, a second person approved before the
 *     authorization, someone other than the decider, whose own limit when approving (from the roles they held)
 *     covered what was at stake.</dd>
 *     <dt>recorded-authority</dt><dd>The authorities recorded on the reservation, the approval and the authorization
 *     are the ones derived, and the authorization names the person who asked.</dd>
 *     <dt>capital-available</dt><dd>A reservation takes no more than the budget had left, net of every commitment and
 *     open reservation.</dd>
 *     <dt>within-budget</dt><dd>No other capital event leaves more committed and reserved than the budget.</dd>
 *     <dt>recorded-capital</dt><dd>The amounts an event says were reserved, changed, released or frozen are the ones
 *     derived.</dd>
 *     <dt>killed-pilot</dt><dd>Nothing is authorized for a pilot after its kill, nor reserved on a request made after
 *     it.</dd>
 *     <dt>unreserved-authorization</dt><dd>An authorization has an open reservation of the same request, pilot and
 *     amount (one written straight into the database has none).</dd>
 *     <dt>unauthorized-commit</dt><dd>Capital is committed only on a reservation that was authorized, for its
 *     amount.</dd>
 *     <dt>unreadable</dt><dd>An event of a type the proof reads whose JSON it cannot read; it is left out.</dd>
 * </dl>
 * The application runs the pilot, the capital and the process between them separately, so some events legitimately
 * arrive after a kill: a reservation asked for before the kill (then given back), and the commitment of an
 * authorization decided before it (then released by the kill). Neither is a decision taken on a killed pilot.
 * <p>
 * Feed it every event with {@link #accept} in ascending global index; other event types are passed over.
 * Not thread-safe.
 */
public final class AuthorityProof {

    private static final String CAPITAL = "com.pilotledger.api.capital.";
    private static final String PILOT = "com.pilotledger.api.pilot.";
    private static final String CAPITAL_RESERVED = CAPITAL + "CapitalReserved";

    private final DecisionRights rights = new DecisionRights();
    /** Null until an administrator sets one: until then there is no capital to reserve. */
    private BigDecimal budget;
    private final Map<String, BigDecimal> committed = new HashMap<>();
    private BigDecimal totalCommitted = BigDecimal.ZERO;
    private final Map<String, Reservation> reservations = new LinkedHashMap<>();
    private BigDecimal totalReserved = BigDecimal.ZERO;
    /** Requests asked for and not yet reserved or refused. */
    private final Map<String, Request> requests = new HashMap<>();
    /** The global index of each killed pilot's kill. */
    private final Map<String, Long> killedAt = new HashMap<>();
    private final List<AuthorityViolation> violations = new ArrayList<>();
    private final Map<String, Tally> tallies = new TreeMap<>();
    private long authorizations;

    /** Reads the next event; those of other types change nothing. */
    public void accept(EventRow event) {
        String type = event.payloadType() == null ? "" : event.payloadType();
        boolean withinBudgetBefore = withinBudget();
        try {
            if (!read(event, type)) {
                return;
            }
        } catch (IllegalArgumentException unreadable) {
            violation(event, null, null, null, "unreadable", type + ": " + unreadable.getMessage());
            return;
        }
        // A reservation is checked against what was available (capital-available), so only other events are
        // checked here, and only the one that breaks the budget, not every event after it.
        if (type.startsWith(CAPITAL) && !type.equals(CAPITAL_RESERVED) && withinBudgetBefore && !withinBudget()) {
            Fields payload = Fields.of(event.payload());
            violation(event, payload.optionalText("pilotId"), payload.optionalText("requestId"), null,
                    "within-budget", "leaves " + totalCommitted.add(totalReserved).toPlainString()
                            + " committed and reserved against a budget of " + budgetAmount().toPlainString());
        }
    }

    public AuthorityReport report() {
        List<DeciderSummary> deciders = tallies.entrySet().stream()
                .map(entry -> entry.getValue().summary(entry.getKey())).toList();
        return new AuthorityReport(authorizations, violations, deciders);
    }

    /**
     * Applies one event; false when it is of no type the proof reads. Each handler reads every field before it
     * changes anything, so an unreadable event leaves the state as it was.
     */
    private boolean read(EventRow event, String type) {
        if (!type.startsWith(CAPITAL) && !type.startsWith(PILOT)) {
            return false;
        }
        switch (type.substring(type.lastIndexOf('.') + 1)) {
            case "CapitalBudgetSet" -> budget = Fields.of(event.payload()).amount("budget");
            case "ApprovalLimitSet" -> limitSet(Fields.of(event.payload()));
            case "ApprovalLimitRemoved" -> limitRemoved(Fields.of(event.payload()));
            case "FourEyesThresholdSet" -> rights.setFourEyesThreshold(Fields.of(event.payload()).amount("threshold"));
            case "InvestmentAuthorizationRequested" -> requested(event, Fields.of(event.payload()));
            case "InvestmentRequestClosed" -> closed(Fields.of(event.payload()));
            case "PilotKilled" -> killedAt.putIfAbsent(Fields.of(event.payload()).text("pilotId"), event.globalIndex());
            case "CapitalReserved" -> reserved(event, Fields.of(event.payload()));
            case "CapitalRequestApproved" -> approved(event, Fields.of(event.payload()));
            case "InvestmentAuthorized" -> authorized(event, Fields.of(event.payload()));
            case "CapitalCommitted" -> committed(event, Fields.of(event.payload()));
            case "CapitalRequestRejected", "CapitalRequestExpired", "CapitalReservationReleased" ->
                    reservationReturned(event, Fields.of(event.payload()));
            case "PilotCapitalReleased" -> pilotCapitalReleased(event, Fields.of(event.payload()));
            case "PilotCapitalFrozen" -> frozen(event, Fields.of(event.payload()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void limitSet(Fields payload) {
        Fields holder = payload.object("holder");
        String kind = holder.text("kind");
        String name = holder.text("name");
        rights.setLimit(kind, name, payload.amount("limit"));
    }

    private void limitRemoved(Fields payload) {
        Fields holder = payload.object("holder");
        rights.removeLimit(holder.text("kind"), holder.text("name"));
    }

    private void requested(EventRow event, Fields payload) {
        String requestId = payload.text("requestId");
        requests.put(requestId, new Request(payload.text("requestedBy"), payload.textSet("requestedByRoles"),
                event.globalIndex()));
    }

    /** A refused request never gets a reservation; any other may still get one (see the class comment). */
    private void closed(Fields payload) {
        String requestId = payload.text("requestId");
        if ("REFUSED".equals(payload.optionalText("outcome"))) {
            requests.remove(requestId);
        }
    }

    private void reserved(EventRow event, Fields payload) {
        String requestId = payload.text("requestId");
        String pilotId = payload.text("pilotId");
        BigDecimal total = payload.amount("total");
        BigDecimal recordedReserved = payload.amount("reserved");
        String maker = payload.text("maker");
        Authority recordedAuthority = payload.authority("makerAuthority");

        Request request = requests.remove(requestId);
        // The roles the maker held when asking; a reservation naming someone else has no roles to go by.
        Set<String> roles = request != null && request.maker().equals(maker) ? request.roles() : Set.of();
        BigDecimal held = committedTo(pilotId);
        BigDecimal needed = total.subtract(held).max(BigDecimal.ZERO);
        BigDecimal available = budgetAmount().subtract(totalCommitted).subtract(totalReserved);
        Long kill = killedAt.get(pilotId);
        if (kill != null && (request == null || request.globalIndex() > kill)) {
            violation(event, pilotId, requestId, maker, "killed-pilot",
                    "capital reserved on a request made after the pilot was killed (event #" + kill + ")");
        }
        if (needed.compareTo(available) > 0) {
            violation(event, pilotId, requestId, maker, "capital-available",
                    "reserves " + needed.toPlainString() + " when only " + available.toPlainString()
                            + " was available (budget " + budgetAmount().toPlainString() + ", committed "
                            + totalCommitted.toPlainString() + ", reserved " + totalReserved.toPlainString() + ")");
        }
        if (recordedReserved.compareTo(needed) != 0) {
            violation(event, pilotId, requestId, maker, "recorded-capital", "records " + recordedReserved.toPlainString()
                    + " reserved; " + total.toPlainString() + " asked with " + held.toPlainString()
                    + " committed needs " + needed.toPlainString());
        }
        BigDecimal atStake = total.max(held);
        reserve(new Reservation(requestId, pilotId, total, recordedReserved, held, atStake, maker,
                rights.authorityOf(maker, roles), recordedAuthority, rights.couldBe(recordedAuthority, maker, roles),
                rights.requiresSecondApproval(atStake), rights.fourEyesThreshold(), event.globalIndex(), null, false));
    }

    /** The approver's authority is judged when they approve, with the roles they held then (the event's metadata). */
    private void approved(EventRow event, Fields payload) {
        String requestId = payload.text("requestId");
        String approvedBy = payload.text("approvedBy");
        Authority recordedAuthority = payload.authority("approverAuthority");
        Set<String> roles = event.metaData() == null ? Set.of()
                : roles(Fields.of(event.metaData()).optionalText("actorRoles"));

        tally(approvedBy).approvals++;
        Reservation reservation = reservations.get(requestId);
        if (reservation != null) {
            BigDecimal atStake = reservation.total().max(committedTo(reservation.pilotId()));
            reservations.put(requestId, reservation.withApproval(new Approval(approvedBy,
                    rights.authorityOf(approvedBy, roles), recordedAuthority,
                    rights.couldBe(recordedAuthority, approvedBy, roles), atStake, event.globalIndex())));
        }
    }

    private void authorized(EventRow event, Fields payload) {
        String pilotId = payload.text("pilotId");
        String requestId = payload.text("requestId");
        BigDecimal capital = payload.amount("capital");
        String decidedBy = payload.text("decidedBy");
        Authority deciderAuthority = payload.authority("deciderAuthority");
        String approvedBy = payload.optionalText("approvedBy");
        Authority approverAuthority = payload.authority("approverAuthority");

        authorizations++;
        tally(decidedBy).authorized(capital);
        Long kill = killedAt.get(pilotId);
        if (kill != null) {
            violation(event, pilotId, requestId, decidedBy, "killed-pilot",
                    "authorized after the pilot was killed (event #" + kill + ")");
        }
        Reservation reservation = reservations.get(requestId);
        if (reservation == null || !reservation.pilotId().equals(pilotId)
                || reservation.total().compareTo(capital) != 0) {
            violation(event, pilotId, requestId, decidedBy, "unreserved-authorization", reservation == null
                    ? "authorizes " + capital.toPlainString() + " with no open reservation for the request"
                    : "authorizes " + capital.toPlainString() + " for pilot " + pilotId + "; the reservation (event #"
                    + reservation.globalIndex() + ") was " + reservation.total().toPlainString() + " for pilot "
                    + reservation.pilotId());
            return;
        }
        reservations.put(requestId, reservation.asAuthorized());
        if (!reservation.derivedAuthority().covers(reservation.atStake())) {
            violation(event, pilotId, requestId, decidedBy, "decider-limit", reservation.maker() + " decided "
                    + reservation.atStake().toPlainString() + " at stake (" + reservation.total().toPlainString()
                    + " asked, " + reservation.committedBefore().toPlainString() + " committed before) under a limit of "
                    + reservation.derivedAuthority() + " when the capital was reserved (event #"
                    + reservation.globalIndex() + ")");
        }
        String fourEyes = fourEyesBreach(reservation, decidedBy, approvedBy);
        if (fourEyes != null) {
            violation(event, pilotId, requestId, decidedBy, "four-eyes", fourEyes);
        }
        List<String> misrecorded = misrecordedAuthorities(reservation, decidedBy, deciderAuthority, approvedBy,
                approverAuthority);
        if (!misrecorded.isEmpty()) {
            violation(event, pilotId, requestId, decidedBy, "recorded-authority", String.join("; ", misrecorded));
        }
    }

    /** The first way the authorization falls short of four eyes, or null when it needs none or has them. */
    private static String fourEyesBreach(Reservation reservation, String decidedBy, String approvedBy) {
        if (!reservation.secondApprovalRequired()) {
            return null;
        }
        String needs = reservation.atStake().toPlainString() + " at stake is above the four-eyes threshold of "
                + reservation.threshold().toPlainString() + ": ";
        Approval approval = reservation.approval();
        if (approvedBy == null) {
            return needs + "no second approval recorded";
        }
        if (approvedBy.equals(decidedBy) || approvedBy.equals(reservation.maker())) {
            return needs + "approved by the decider " + approvedBy + " themself";
        }
        if (approval == null || !approval.approvedBy().equals(approvedBy)) {
            return needs + "no approval by " + approvedBy + " was recorded before it"
                    + (approval == null ? "" : " (the recorded one is by " + approval.approvedBy() + ")");
        }
        if (!approval.derivedAuthority().covers(approval.atStake())) {
            return needs + approvedBy + " approved " + approval.atStake().toPlainString() + " under a limit of "
                    + approval.derivedAuthority() + " (event #" + approval.globalIndex() + ")";
        }
        return null;
    }

    private static List<String> misrecordedAuthorities(Reservation reservation, String decidedBy,
                                                       Authority deciderAuthority, String approvedBy,
                                                       Authority approverAuthority) {
        List<String> misrecorded = new ArrayList<>();
        if (!decidedBy.equals(reservation.maker())) {
            misrecorded.add("names " + decidedBy + " as decider; " + reservation.maker() + " asked");
        }
        if (!reservation.recordedAuthorityDerived()) {
            misrecorded.add("the reservation (event #" + reservation.globalIndex() + ") records the authority "
                    + reservation.recordedAuthority() + "; derived " + reservation.derivedAuthority());
        }
        if (!Authority.same(reservation.recordedAuthority(), deciderAuthority)) {
            misrecorded.add("records the decider's authority " + deciderAuthority + "; the reservation records "
                    + reservation.recordedAuthority());
        }
        Approval approval = reservation.approval();
        if (approvedBy != null && approval != null && approval.approvedBy().equals(approvedBy)) {
            if (!approval.recordedAuthorityDerived()) {
                misrecorded.add("the approval (event #" + approval.globalIndex() + ") records the authority "
                        + approval.recordedAuthority() + "; derived " + approval.derivedAuthority());
            }
            if (!Authority.same(approval.recordedAuthority(), approverAuthority)) {
                misrecorded.add("records the approver's authority " + approverAuthority + "; the approval records "
                        + approval.recordedAuthority());
            }
        }
        return misrecorded;
    }

    private void committed(EventRow event, Fields payload) {
        String requestId = payload.text("requestId");
        String pilotId = payload.text("pilotId");
        BigDecimal total = payload.amount("total");
        BigDecimal change = payload.amount("change");

        Reservation reservation = reservations.get(requestId);
        String decider = reservation == null ? null : reservation.maker();
        String unauthorized = reservation == null ? "commits " + total.toPlainString() + " with no open reservation"
                : !reservation.pilotId().equals(pilotId) || reservation.total().compareTo(total) != 0
                ? "commits " + total.toPlainString() + " for pilot " + pilotId + "; the reservation was "
                + reservation.total().toPlainString() + " for pilot " + reservation.pilotId()
                : !reservation.authorized() ? "commits a reservation that was never authorized" : null;
        if (unauthorized != null) {
            violation(event, pilotId, requestId, decider, "unauthorized-commit", unauthorized);
        }
        BigDecimal before = committedTo(pilotId);
        if (change.compareTo(total.subtract(before)) != 0) {
            violation(event, pilotId, requestId, decider, "recorded-capital", "records a change of "
                    + change.toPlainString() + " from " + before.toPlainString() + " to " + total.toPlainString());
        }
        settle(requestId);
        commit(pilotId, total);
    }

    /** A rejection, an expiry or a release: the request's reservation goes back to the pool. */
    private void reservationReturned(EventRow event, Fields payload) {
        String requestId = payload.text("requestId");
        BigDecimal released = payload.amount("released");
        Reservation reservation = reservations.get(requestId);
        if (reservation != null && reservation.reserved().compareTo(released) != 0) {
            violation(event, reservation.pilotId(), requestId, reservation.maker(), "recorded-capital",
                    "records " + released.toPlainString() + " released; " + reservation.reserved().toPlainString()
                            + " was reserved");
        }
        settle(requestId);
    }

    /** A kill: the pilot's commitment and the reservations it cancels go back to the pool. */
    private void pilotCapitalReleased(EventRow event, Fields payload) {
        String pilotId = payload.text("pilotId");
        BigDecimal released = payload.amount("released");
        List<String> cancelled = payload.texts("cancelledRequests");

        BigDecimal derived = cancelled.stream().map(reservations::get).filter(reservation -> reservation != null)
                .map(Reservation::reserved).reduce(committedTo(pilotId), BigDecimal::add);
        if (derived.compareTo(released) != 0) {
            violation(event, pilotId, null, null, "recorded-capital", "records " + released.toPlainString()
                    + " released; the commitment and cancelled reservations were " + derived.toPlainString());
        }
        cancelled.forEach(this::settle);
        commit(pilotId, BigDecimal.ZERO);
    }

    /** A pause keeps the commitment (frozen), so nothing changes but what the event says was frozen. */
    private void frozen(EventRow event, Fields payload) {
        String pilotId = payload.text("pilotId");
        BigDecimal frozen = payload.amount("frozen");
        if (frozen.compareTo(committedTo(pilotId)) != 0) {
            violation(event, pilotId, null, null, "recorded-capital", "records " + frozen.toPlainString()
                    + " frozen; " + committedTo(pilotId).toPlainString() + " was committed");
        }
    }

    private void reserve(Reservation reservation) {
        settle(reservation.requestId()); // a request reserved twice is counted once, as the application keys it
        reservations.put(reservation.requestId(), reservation);
        totalReserved = totalReserved.add(reservation.reserved());
    }

    private void settle(String requestId) {
        Reservation settled = reservations.remove(requestId);
        if (settled != null) {
            totalReserved = totalReserved.subtract(settled.reserved());
        }
    }

    private void commit(String pilotId, BigDecimal total) {
        BigDecimal before = total.signum() == 0 ? committed.remove(pilotId) : committed.put(pilotId, total);
        totalCommitted = totalCommitted.add(total).subtract(before == null ? BigDecimal.ZERO : before);
    }

    private BigDecimal committedTo(String pilotId) {
        return committed.getOrDefault(pilotId, BigDecimal.ZERO);
    }

    private BigDecimal budgetAmount() {
        return budget == null ? BigDecimal.ZERO : budget;
    }

    private boolean withinBudget() {
        return totalCommitted.add(totalReserved).compareTo(budgetAmount()) <= 0;
    }

    private Tally tally(String person) {
        return tallies.computeIfAbsent(person, name -> new Tally());
    }

    private void violation(EventRow event, String pilotId, String requestId, String decider, String rule,
                           String detail) {
        violations.add(new AuthorityViolation(event.globalIndex(), event.eventId(), pilotId, requestId, decider, rule,
                detail));
        if (decider != null) {
            tally(decider).violations++;
        }
    }

    /** The roles in the metadata, written comma-separated (as AuditMetaData.roles reads them). */
    private static Set<String> roles(String commaSeparated) {
        Set<String> roles = new TreeSet<>();
        if (commaSeparated != null) {
            for (String role : commaSeparated.split(",")) {
                if (!role.isBlank()) {
                    roles.add(role.trim());
                }
            }
        }
        return roles;
    }

    /** Who asked for an authorization, with the roles they held when asking. */
    private record Request(String maker, Set<String> roles, long globalIndex) {
    }

    /** A second person's approval, with the authority derived for them when they gave it. */
    private record Approval(String approvedBy, Authority derivedAuthority, Authority recordedAuthority,
                            boolean recordedAuthorityDerived, BigDecimal atStake, long globalIndex) {
    }

    /**
     * Capital set aside for a request, with everything derived when it was reserved: what was at stake, the maker's
     * authority and whether four eyes were needed (the rights in force then, not at the authorization). {@code reserved}
     * is the recorded amount, as the application counts it.
     */
    private record Reservation(String requestId, String pilotId, BigDecimal total, BigDecimal reserved,
                               BigDecimal committedBefore, BigDecimal atStake, String maker, Authority derivedAuthority,
                               Authority recordedAuthority, boolean recordedAuthorityDerived,
                               boolean secondApprovalRequired, BigDecimal threshold, long globalIndex,
                               Approval approval, boolean authorized) {

        Reservation withApproval(Approval approval) {
            return new Reservation(requestId, pilotId, total, reserved, committedBefore, atStake, maker,
                    derivedAuthority, recordedAuthority, recordedAuthorityDerived, secondApprovalRequired, threshold,
                    globalIndex, approval, authorized);
        }

        Reservation asAuthorized() {
            return new Reservation(requestId, pilotId, total, reserved, committedBefore, atStake, maker,
                    derivedAuthority, recordedAuthority, recordedAuthorityDerived, secondApprovalRequired, threshold,
                    globalIndex, approval, true);
        }
    }

    /** One person's decisions so far. */
    private static final class Tally {
        private long authorizations;
        private BigDecimal authorizedTotal = BigDecimal.ZERO;
        private BigDecimal largest = BigDecimal.ZERO;
        private long approvals;
        private long violations;

        void authorized(BigDecimal capital) {
            authorizations++;
            authorizedTotal = authorizedTotal.add(capital);
            largest = largest.max(capital);
        }

        DeciderSummary summary(String decider) {
            return new DeciderSummary(decider, authorizations, authorizedTotal, largest, approvals, violations);
        }
    }
}
