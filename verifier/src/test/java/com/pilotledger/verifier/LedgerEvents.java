package com.pilotledger.verifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Event rows as the application stores them (payloads as its Jackson 2 serializer writes them: Money as an object
 * with a JSON number, times as ISO texts), in global order, for the authority proof to read. Amounts are given as
 * texts, so they are written exactly as typed. Authorities are given as JSON, from {@link #role}, {@link #user} and
 * {@link #noAuthority}.
 */
final class LedgerEvents {

    private static final String CAPITAL = "com.pilotledger.api.capital.";
    private static final String PILOT = "com.pilotledger.api.pilot.";
    private static final String AT = "\"2026-11-30T17:00:00.123Z\"";

    private final List<EventRow> rows = new ArrayList<>();

    static String role(String role, String limit) {
        return "{\"holder\":{\"kind\":\"ROLE\",\"name\":" + Json.quote(role) + "},\"limit\":" + money(limit) + "}";
    }

    static String user(String user, String limit) {
        return "{\"holder\":{\"kind\":\"USER\",\"name\":" + Json.quote(user) + "},\"limit\":" + money(limit) + "}";
    }

    static String noAuthority() {
        return "{\"holder\":null,\"limit\":" + money("0") + "}";
    }

    LedgerEvents budget(String amount) {
        return capital("CapitalBudgetSet", "{\"budget\":" + money(amount) + ",\"previous\":null,\"reason\":\"Plan\","
                + "\"setBy\":\"admin\",\"setAt\":" + AT + "}");
    }

    LedgerEvents roleLimit(String role, String limit) {
        return capital("ApprovalLimitSet", "{\"holder\":{\"kind\":\"ROLE\",\"name\":" + Json.quote(role) + "},\"limit\":"
                + money(limit) + ",\"previous\":null,\"reason\":\"Delegation\",\"setBy\":\"admin\",\"setAt\":" + AT + "}");
    }

    LedgerEvents userLimit(String user, String limit) {
        return capital("ApprovalLimitSet", "{\"holder\":{\"kind\":\"USER\",\"name\":" + Json.quote(user) + "},\"limit\":"
                + money(limit) + ",\"previous\":null,\"reason\":\"Delegation\",\"setBy\":\"admin\",\"setAt\":" + AT + "}");
    }

    LedgerEvents userLimitRemoved(String user, String previous) {
        return capital("ApprovalLimitRemoved", "{\"holder\":{\"kind\":\"USER\",\"name\":" + Json.quote(user)
                + "},\"previous\":" + money(previous) + ",\"reason\":\"Left\",\"removedBy\":\"admin\",\"removedAt\":"
                + AT + "}");
    }

    LedgerEvents fourEyesThreshold(String amount) {
        return capital("FourEyesThresholdSet", "{\"threshold\":" + money(amount) + ",\"previous\":null,"
                + "\"reason\":\"Policy\",\"setBy\":\"admin\",\"setAt\":" + AT + "}");
    }

    LedgerEvents registered(String pilot) {
        return pilot("PilotRegistered", "{\"pilotId\":" + Json.quote(pilot) + ",\"name\":\"Pilot " + pilot + "\","
                + "\"businessUnit\":\"Ops\",\"sponsor\":\"s\",\"operationalOwner\":\"o\",\"problemStatement\":\"p\","
                + "\"baselineMetric\":\"b\",\"targetMetric\":\"t\",\"requestedCapital\":" + money("900000.00")
                + ",\"killCriteria\":\"k\",\"registeredBy\":\"alice\",\"registeredAt\":" + AT + "}");
    }

    LedgerEvents requested(String pilot, String request, String capital, String maker, String... roles) {
        String roleArray = Arrays.stream(roles).map(Json::quote).collect(Collectors.joining(",", "[", "]"));
        return pilot("InvestmentAuthorizationRequested", "{\"pilotId\":" + Json.quote(pilot) + ",\"requestId\":"
                + Json.quote(request) + ",\"posture\":\"CONTROLLED_INVESTMENT\",\"capital\":" + money(capital)
                + ",\"scope\":\"s\",\"conditions\":\"c\",\"rationale\":\"r\",\"recommendedPosture\":"
                + "\"CONTROLLED_INVESTMENT\",\"override\":false,\"overrideJustification\":null,\"requestedBy\":"
                + Json.quote(maker) + ",\"requestedByRoles\":" + roleArray + ",\"requestedAt\":" + AT + "}");
    }

    LedgerEvents reserved(String request, String pilot, String total, String reserved, String maker, String authority,
                          boolean secondApproval) {
        return capital("CapitalReserved", "{\"requestId\":" + Json.quote(request) + ",\"pilotId\":" + Json.quote(pilot)
                + ",\"posture\":\"CONTROLLED_INVESTMENT\",\"total\":" + money(total) + ",\"reserved\":" + money(reserved)
                + ",\"maker\":" + Json.quote(maker) + ",\"makerAuthority\":" + authority + ",\"secondApprovalRequired\":"
                + secondApproval + ",\"expiresAt\":" + (secondApproval ? AT : "null") + ",\"reservedAt\":" + AT + "}");
    }

    /** An approval by a checker holding these roles (comma-separated, as the metadata has them). */
    LedgerEvents approved(String request, String pilot, String checker, String checkerRoles, String authority) {
        return add(CAPITAL + "CapitalRequestApproved", "{\"requestId\":" + Json.quote(request) + ",\"pilotId\":"
                + Json.quote(pilot) + ",\"approvedBy\":" + Json.quote(checker) + ",\"approverAuthority\":" + authority
                + ",\"approvedAt\":" + AT + "}", metaData(checker, checkerRoles));
    }

    LedgerEvents rejected(String request, String pilot, String checker, String authority, String released) {
        return capital("CapitalRequestRejected", "{\"requestId\":" + Json.quote(request) + ",\"pilotId\":"
                + Json.quote(pilot) + ",\"rejectedBy\":" + Json.quote(checker) + ",\"rejecterAuthority\":" + authority
                + ",\"reason\":\"Too much\",\"released\":" + money(released) + ",\"rejectedAt\":" + AT + "}");
    }

    LedgerEvents expired(String request, String pilot, String released) {
        return capital("CapitalRequestExpired", "{\"requestId\":" + Json.quote(request) + ",\"pilotId\":"
                + Json.quote(pilot) + ",\"released\":" + money(released) + ",\"expiredAt\":" + AT + "}");
    }

    LedgerEvents reservationReleased(String request, String pilot, String released) {
        return capital("CapitalReservationReleased", "{\"requestId\":" + Json.quote(request) + ",\"pilotId\":"
                + Json.quote(pilot) + ",\"released\":" + money(released) + ",\"reason\":\"Closed\",\"releasedAt\":"
                + AT + "}");
    }

    /** approvedBy and approverAuthority are null (JSON null) when no second approval was needed. */
    LedgerEvents authorized(String pilot, String request, String capital, String decidedBy, String deciderAuthority,
                            String approvedBy, String approverAuthority) {
        return pilot("InvestmentAuthorized", "{\"pilotId\":" + Json.quote(pilot) + ",\"requestId\":"
                + Json.quote(request) + ",\"posture\":\"CONTROLLED_INVESTMENT\",\"capital\":" + money(capital)
                + ",\"scope\":\"s\",\"conditions\":\"c\",\"rationale\":\"r\",\"recommendedPosture\":"
                + "\"CONTROLLED_INVESTMENT\",\"override\":false,\"overrideJustification\":null,\"decidedBy\":"
                + Json.quote(decidedBy) + ",\"deciderAuthority\":" + deciderAuthority + ",\"approvedBy\":"
                + (approvedBy == null ? "null" : Json.quote(approvedBy)) + ",\"approverAuthority\":"
                + (approverAuthority == null ? "null" : approverAuthority) + ",\"decidedAt\":" + AT + "}");
    }

    LedgerEvents committed(String request, String pilot, String total, String change) {
        return capital("CapitalCommitted", "{\"requestId\":" + Json.quote(request) + ",\"pilotId\":" + Json.quote(pilot)
                + ",\"total\":" + money(total) + ",\"change\":" + money(change) + ",\"committedAt\":" + AT + "}");
    }

    LedgerEvents closed(String pilot, String request, String outcome) {
        return pilot("InvestmentRequestClosed", "{\"pilotId\":" + Json.quote(pilot) + ",\"requestId\":"
                + Json.quote(request) + ",\"outcome\":" + Json.quote(outcome) + ",\"code\":null,\"reason\":\"Ended\","
                + "\"facts\":{},\"closedAt\":" + AT + "}");
    }

    LedgerEvents paused(String pilot) {
        return pilot("PilotPaused", "{\"pilotId\":" + Json.quote(pilot) + ",\"reason\":\"Review\","
                + "\"pausedFrom\":\"CONTROLLED_INVESTMENT\",\"decidedBy\":\"eve\",\"decidedAt\":" + AT + "}");
    }

    LedgerEvents frozen(String pilot, String amount) {
        return capital("PilotCapitalFrozen", "{\"pilotId\":" + Json.quote(pilot) + ",\"frozen\":" + money(amount)
                + ",\"reason\":\"Pilot paused\",\"frozenAt\":" + AT + "}");
    }

    LedgerEvents killed(String pilot) {
        return pilot("PilotKilled", "{\"pilotId\":" + Json.quote(pilot) + ",\"reason\":\"Failed its criteria\","
                + "\"decidedBy\":\"eve\",\"decidedAt\":" + AT + "}");
    }

    LedgerEvents pilotCapitalReleased(String pilot, String released, String... cancelledRequests) {
        String cancelled = Arrays.stream(cancelledRequests).map(Json::quote).collect(Collectors.joining(",", "[", "]"));
        return capital("PilotCapitalReleased", "{\"pilotId\":" + Json.quote(pilot) + ",\"released\":" + money(released)
                + ",\"cancelledRequests\":" + cancelled + ",\"reason\":\"Pilot killed\",\"releasedAt\":" + AT + "}");
    }

    /**
     * A request decided by its maker alone, below the four-eyes threshold: requested, reserved, authorized and
     * committed, as the application stores them one after the other.
     */
    LedgerEvents decidedAlone(String pilot, String request, String capital, String reserved, String change,
                              String maker, String authority, String... roles) {
        return requested(pilot, request, capital, maker, roles)
                .reserved(request, pilot, capital, reserved, maker, authority, false)
                .authorized(pilot, request, capital, maker, authority, null, null)
                .committed(request, pilot, capital, change);
    }

    /** Any row: payload and metadata bytes exactly as given. */
    LedgerEvents raw(String payloadType, byte[] payload) {
        rows.add(new EventRow(rows.size() + 1L, "event-" + (rows.size() + 1), null, null, 0,
                "2026-11-30T17:00:00.123Z", payloadType, null, payload, null));
        return this;
    }

    AuthorityReport prove() {
        AuthorityProof proof = new AuthorityProof();
        rows.forEach(proof::accept);
        return proof.report();
    }

    private LedgerEvents capital(String type, String payload) {
        return add(CAPITAL + type, payload, metaData("admin", "ADMIN"));
    }

    private LedgerEvents pilot(String type, String payload) {
        return add(PILOT + type, payload, metaData("alice", "MANAGER"));
    }

    private LedgerEvents add(String payloadType, String payload, String metaData) {
        long index = rows.size() + 1L;
        boolean capital = payloadType.startsWith(CAPITAL);
        rows.add(new EventRow(index, "event-" + index, capital ? "PortfolioCapital" : "Pilot",
                capital ? "portfolio" : "pilot", index, "2026-11-30T17:00:00.123Z", payloadType, null,
                payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    private static String metaData(String actor, String roles) {
        return "{\"actor\":" + Json.quote(actor) + ",\"actorRoles\":" + Json.quote(roles)
                + ",\"correlationId\":\"c-1\",\"idempotencyKey\":\"k-1\"}";
    }

    private static String money(String amount) {
        return "{\"amount\":" + amount + ",\"currency\":\"USD\"}";
    }
}
