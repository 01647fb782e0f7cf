package com.pilotledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.pilotledger.verifier.LedgerEvents.noAuthority;
import static com.pilotledger.verifier.LedgerEvents.role;
import static com.pilotledger.verifier.LedgerEvents.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorityProofTest {

    private static final String MANAGER = role("MANAGER", "100000.00");
    private static final String EXECUTIVE = role("EXECUTIVE", "500000.00");

    /**
     * Budget 1,000,000; managers decide up to 100,000, executives and directors up to 500,000; dana up to 1,000,000
     * and cfo up to 2,000,000 on their own; above 200,000 a second person approves.
     */
    private static LedgerEvents portfolio() {
        return new LedgerEvents()
                .budget("1000000.00")
                .roleLimit("MANAGER", "100000.00")
                .roleLimit("EXECUTIVE", "500000.00")
                .roleLimit("DIRECTOR", "500000.00")
                .userLimit("dana", "1000000.00")
                .userLimit("cfo", "2000000.00")
                .fourEyesThreshold("200000.00");
    }

    @Test
    void findsNoViolationInAPortfolioRunByTheRules() {
        LedgerEvents events = portfolio()
                .registered("p1").registered("p2").registered("p3").registered("p4").registered("p5")
                .registered("p6")
                // within the manager's limit, below the threshold
                .decidedAlone("p1", "r1", "80000.00", "80000.00", "80000.00", "alice", MANAGER, "MANAGER")
                // above the threshold: approved by a second executive
                .requested("p2", "r2", "300000.00", "eve", "EXECUTIVE", "AUDITOR")
                .reserved("r2", "p2", "300000.00", "300000.00", "eve", EXECUTIVE, true)
                .approved("r2", "p2", "frank", "EXECUTIVE", EXECUTIVE)
                .authorized("p2", "r2", "300000.00", "eve", EXECUTIVE, "frank", EXECUTIVE)
                .committed("r2", "p2", "300000.00", "300000.00")
                // superseded by a smaller authorization: the 300,000 it replaces is at stake, so four eyes again,
                // from a checker whose two roles have the same limit
                .requested("p2", "r3", "50000.00", "eve", "EXECUTIVE")
                .reserved("r3", "p2", "50000.00", "0.00", "eve", EXECUTIVE, true)
                .approved("r3", "p2", "grace", "DIRECTOR,EXECUTIVE", role("DIRECTOR", "500000.00"))
                .authorized("p2", "r3", "50000.00", "eve", EXECUTIVE, "grace", role("DIRECTOR", "500000.00"))
                .committed("r3", "p2", "50000.00", "-250000.00")
                // authorized again for more: only the difference is reserved
                .decidedAlone("p1", "r4", "100000.00", "20000.00", "20000.00", "alice", MANAGER, "MANAGER")
                // paused: the commitment is kept, frozen, and a new authorization replaces it
                .paused("p1").frozen("p1", "100000.00")
                .decidedAlone("p1", "r5", "60000.00", "0.00", "-40000.00", "alice", MANAGER, "MANAGER")
                // rejected, expired and refused requests give everything back and authorize nothing
                .requested("p3", "r6", "400000.00", "eve", "EXECUTIVE")
                .reserved("r6", "p3", "400000.00", "400000.00", "eve", EXECUTIVE, true)
                .rejected("r6", "p3", "frank", EXECUTIVE, "400000.00")
                .closed("p3", "r6", "REJECTED")
                .requested("p3", "r7", "250000.00", "eve", "EXECUTIVE")
                .reserved("r7", "p3", "250000.00", "250000.00", "eve", EXECUTIVE, true)
                .expired("r7", "p3", "2.5E+5")
                .closed("p3", "r7", "EXPIRED")
                .requested("p3", "r8", "150000.00", "alice", "MANAGER")
                .closed("p3", "r8", "REFUSED")
                // nothing at all
                .decidedAlone("p4", "r9", "0.00", "0.00", "0.00", "alice", MANAGER, "MANAGER")
                // a user's own limit goes before their role's
                .requested("p4", "r10", "700000.00", "cfo", "MANAGER")
                .reserved("r10", "p4", "700000.00", "700000.00", "cfo", user("cfo", "2000000.00"), true)
                .approved("r10", "p4", "dana", "EXECUTIVE", user("dana", "1000000.00"))
                .authorized("p4", "r10", "700000.00", "cfo", user("cfo", "2000000.00"), "dana",
                        user("dana", "1000000.00"))
                .committed("r10", "p4", "700000.00", "700000.00")
                // killed: its commitment goes back to the pool
                .killed("p2").pilotCapitalReleased("p2", "50000.00")
                // killed while a request waited: the kill cancels its reservation
                .requested("p3", "r11", "120000.00", "eve", "EXECUTIVE")
                .reserved("r11", "p3", "120000.00", "120000.00", "eve", EXECUTIVE, false)
                .killed("p3").closed("p3", "r11", "CANCELLED")
                .pilotCapitalReleased("p3", "120000.00", "r11")
                // asked before the kill, reserved after it (the process ran late), then given back
                .requested("p5", "r12", "90000.00", "alice", "MANAGER")
                .killed("p5").closed("p5", "r12", "CANCELLED")
                .reserved("r12", "p5", "90000.00", "90000.00", "alice", MANAGER, false)
                .reservationReleased("r12", "p5", "90000.00")
                // authorized before the kill, committed after it, then released by it
                .requested("p6", "r13", "50000.00", "alice", "MANAGER")
                .reserved("r13", "p6", "50000.00", "50000.00", "alice", MANAGER, false)
                .authorized("p6", "r13", "50000.00", "alice", MANAGER, null, null)
                .killed("p6")
                .committed("r13", "p6", "50000.00", "50000.00")
                .pilotCapitalReleased("p6", "50000.00");

        AuthorityReport report = events.prove();

        assertEquals(List.of(), report.violations());
        assertEquals(8, report.authorizations());
        assertEquals(List.of(
                new DeciderSummary("alice", 5, new BigDecimal("290000.00"), new BigDecimal("100000.00"), 0, 0),
                new DeciderSummary("cfo", 1, new BigDecimal("700000.00"), new BigDecimal("700000.00"), 0, 0),
                new DeciderSummary("dana", 0, BigDecimal.ZERO, BigDecimal.ZERO, 1, 0),
                new DeciderSummary("eve", 2, new BigDecimal("350000.00"), new BigDecimal("300000.00"), 0, 0),
                new DeciderSummary("frank", 0, BigDecimal.ZERO, BigDecimal.ZERO, 1, 0),
                new DeciderSummary("grace", 0, BigDecimal.ZERO, BigDecimal.ZERO, 1, 0)), report.deciders());
    }

    @Test
    void findsADecisionAboveTheDecidersLimit() {
        AuthorityReport report = portfolio()
                .decidedAlone("p1", "r1", "150000.00", "150000.00", "150000.00", "alice", MANAGER, "MANAGER")
                .prove();

        AuthorityViolation violation = onlyViolation(report, "decider-limit");
        assertEquals("alice", violation.decider());
        assertEquals("r1", violation.requestId());
        assertEquals(3 + 7, violation.globalIndex(), "the authorization, after the reservation and the request");
        assertEquals("alice decided 150000.00 at stake (150000.00 asked, 0 committed before) under a limit of"
                + " 100000.00 (role MANAGER) when the capital was reserved (event #9)", violation.detail());
        assertEquals(1, report.deciders().get(0).violations());
    }

    @Test
    void findsASupersedingDecisionThatCutsMoreThanTheDecidersLimit() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "300000.00", "eve", "EXECUTIVE")
                .reserved("r1", "p1", "300000.00", "300000.00", "eve", EXECUTIVE, true)
                .approved("r1", "p1", "frank", "EXECUTIVE", EXECUTIVE)
                .authorized("p1", "r1", "300000.00", "eve", EXECUTIVE, "frank", EXECUTIVE)
                .committed("r1", "p1", "300000.00", "300000.00")
                .requested("p1", "r2", "50000.00", "alice", "MANAGER")
                .reserved("r2", "p1", "50000.00", "0.00", "alice", MANAGER, true)
                .approved("r2", "p1", "frank", "EXECUTIVE", EXECUTIVE)
                .authorized("p1", "r2", "50000.00", "alice", MANAGER, "frank", EXECUTIVE)
                .committed("r2", "p1", "50000.00", "-250000.00")
                .prove();

        AuthorityViolation violation = onlyViolation(report, "decider-limit");
        assertEquals("r2", violation.requestId());
        assertTrue(violation.detail().startsWith("alice decided 300000.00 at stake (50000.00 asked, 300000.00"
                + " committed before)"), violation.detail());
    }

    @Test
    void judgesTheLimitInForceWhenTheCapitalWasReserved() {
        AuthorityReport report = portfolio()
                .userLimitRemoved("cfo", "2000000.00")
                .decidedAlone("p1", "r1", "150000.00", "150000.00", "150000.00", "cfo", MANAGER, "MANAGER")
                .prove();

        assertEquals("cfo", onlyViolation(report, "decider-limit").decider());
    }

    @Test
    void findsAnAuthorizationAboveTheThresholdWithoutASecondApproval() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "300000.00", "eve", "EXECUTIVE")
                .reserved("r1", "p1", "300000.00", "300000.00", "eve", EXECUTIVE, false)
                .authorized("p1", "r1", "300000.00", "eve", EXECUTIVE, null, null)
                .committed("r1", "p1", "300000.00", "300000.00")
                .prove();

        assertEquals("300000.00 at stake is above the four-eyes threshold of 200000.00: no second approval recorded",
                onlyViolation(report, "four-eyes").detail());
    }

    @Test
    void findsADeciderWhoApprovedTheirOwnRequest() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "300000.00", "eve", "EXECUTIVE")
                .reserved("r1", "p1", "300000.00", "300000.00", "eve", EXECUTIVE, true)
                .approved("r1", "p1", "eve", "EXECUTIVE", EXECUTIVE)
                .authorized("p1", "r1", "300000.00", "eve", EXECUTIVE, "eve", EXECUTIVE)
                .committed("r1", "p1", "300000.00", "300000.00")
                .prove();

        assertTrue(onlyViolation(report, "four-eyes").detail().endsWith("approved by the decider eve themself"));
    }

    @Test
    void findsAnApproverWithoutTheAuthorityForWhatWasAtStake() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "300000.00", "eve", "EXECUTIVE")
                .reserved("r1", "p1", "300000.00", "300000.00", "eve", EXECUTIVE, true)
                .approved("r1", "p1", "bob", "MANAGER", MANAGER)
                .authorized("p1", "r1", "300000.00", "eve", EXECUTIVE, "bob", MANAGER)
                .committed("r1", "p1", "300000.00", "300000.00")
                .prove();

        assertTrue(onlyViolation(report, "four-eyes").detail()
                .endsWith("bob approved 300000.00 under a limit of 100000.00 (role MANAGER) (event #10)"));
    }

    @Test
    void findsAnApproverNamedWithoutAnApprovalRecorded() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "300000.00", "eve", "EXECUTIVE")
                .reserved("r1", "p1", "300000.00", "300000.00", "eve", EXECUTIVE, true)
                .authorized("p1", "r1", "300000.00", "eve", EXECUTIVE, "frank", EXECUTIVE)
                .committed("r1", "p1", "300000.00", "300000.00")
                .prove();

        assertTrue(onlyViolation(report, "four-eyes").detail().endsWith("no approval by frank was recorded before it"));
    }

    @Test
    void findsADeciderAuthorityThatIsNotTheOneTheyHeld() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "80000.00", "alice", "MANAGER")
                .reserved("r1", "p1", "80000.00", "80000.00", "alice", MANAGER, false)
                .authorized("p1", "r1", "80000.00", "alice", EXECUTIVE, null, null)
                .committed("r1", "p1", "80000.00", "80000.00")
                .prove();

        assertEquals("records the decider's authority 500000.00 (role EXECUTIVE); the reservation records"
                + " 100000.00 (role MANAGER)", onlyViolation(report, "recorded-authority").detail());
    }

    @Test
    void findsAnApproverAuthorityThatIsNotTheOneTheyHeld() {
        String forged = user("frank", "900000.00");
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "300000.00", "eve", "EXECUTIVE")
                .reserved("r1", "p1", "300000.00", "300000.00", "eve", EXECUTIVE, true)
                .approved("r1", "p1", "frank", "EXECUTIVE", forged)
                .authorized("p1", "r1", "300000.00", "eve", EXECUTIVE, "frank", forged)
                .committed("r1", "p1", "300000.00", "300000.00")
                .prove();

        assertEquals("the approval (event #10) records the authority 900000.00 (user frank); derived 500000.00"
                + " (role EXECUTIVE)", onlyViolation(report, "recorded-authority").detail());
    }

    @Test
    void needsNoSecondApprovalForExactlyTheThreshold() {
        AuthorityReport report = portfolio()
                .decidedAlone("p1", "r1", "200000.00", "200000.00", "200000.00", "eve", EXECUTIVE, "EXECUTIVE")
                .prove();

        assertEquals(List.of(), report.violations());
    }

    @Test
    void findsARecordedRoleThePersonDidNotHoldEvenWithTheSameLimit() {
        String director = role("DIRECTOR", "500000.00");
        AuthorityReport report = portfolio()
                .decidedAlone("p1", "r1", "90000.00", "90000.00", "90000.00", "eve", director, "EXECUTIVE")
                .prove();

        assertEquals("the reservation (event #9) records the authority 500000.00 (role DIRECTOR); derived 500000.00"
                + " (role EXECUTIVE)", onlyViolation(report, "recorded-authority").detail());
    }

    @Test
    void findsAReservationOfMoreThanTheBudgetHadLeft() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "700000.00", "cfo", "MANAGER")
                .reserved("r1", "p1", "700000.00", "700000.00", "cfo", user("cfo", "2000000.00"), true)
                .approved("r1", "p1", "dana", "EXECUTIVE", user("dana", "1000000.00"))
                .authorized("p1", "r1", "700000.00", "cfo", user("cfo", "2000000.00"), "dana",
                        user("dana", "1000000.00"))
                .committed("r1", "p1", "700000.00", "700000.00")
                .requested("p2", "r2", "400000.00", "eve", "EXECUTIVE")
                .reserved("r2", "p2", "400000.00", "400000.00", "eve", EXECUTIVE, true)
                .rejected("r2", "p2", "frank", EXECUTIVE, "400000.00")
                .closed("p2", "r2", "REJECTED")
                .prove();

        AuthorityViolation violation = onlyViolation(report, "capital-available");
        assertEquals("reserves 400000.00 when only 300000.00 was available (budget 1000000.00, committed"
                + " 700000.00, reserved 0.00)", violation.detail());
        assertEquals("eve", violation.decider());
    }

    @Test
    void findsABudgetCutBelowWhatIsCommitted() {
        AuthorityReport report = portfolio()
                .decidedAlone("p1", "r1", "80000.00", "80000.00", "80000.00", "alice", MANAGER, "MANAGER")
                .budget("50000.00")
                .prove();

        assertEquals("leaves 80000.00 committed and reserved against a budget of 50000.00",
                onlyViolation(report, "within-budget").detail());
    }

    @Test
    void findsACommitmentThatMisstatesItsChange() {
        AuthorityReport report = portfolio()
                .decidedAlone("p1", "r1", "80000.00", "80000.00", "8000.00", "alice", MANAGER, "MANAGER")
                .prove();

        assertEquals("records a change of 8000.00 from 0 to 80000.00",
                onlyViolation(report, "recorded-capital").detail());
    }

    @Test
    void findsAnAuthorizationOfAKilledPilot() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "80000.00", "alice", "MANAGER")
                .reserved("r1", "p1", "80000.00", "80000.00", "alice", MANAGER, false)
                .killed("p1")
                .authorized("p1", "r1", "80000.00", "alice", MANAGER, null, null)
                .pilotCapitalReleased("p1", "80000.00", "r1")
                .prove();

        assertEquals("authorized after the pilot was killed (event #10)",
                onlyViolation(report, "killed-pilot").detail());
    }

    @Test
    void findsCapitalReservedOnARequestMadeAfterTheKill() {
        AuthorityReport report = portfolio()
                .killed("p1")
                .requested("p1", "r1", "80000.00", "alice", "MANAGER")
                .reserved("r1", "p1", "80000.00", "80000.00", "alice", MANAGER, false)
                .reservationReleased("r1", "p1", "80000.00")
                .prove();

        assertEquals(10, onlyViolation(report, "killed-pilot").globalIndex());
    }

    @Test
    void findsAnAuthorizationWrittenWithoutAReservation() {
        AuthorityReport report = portfolio()
                .authorized("p1", "r1", "80000.00", "alice", MANAGER, null, null)
                .prove();

        AuthorityViolation violation = onlyViolation(report, "unreserved-authorization");
        assertEquals("authorizes 80000.00 with no open reservation for the request", violation.detail());
        assertEquals(1, report.authorizations());
    }

    @Test
    void findsAnAuthorizationOfMoreThanWasReserved() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "80000.00", "alice", "MANAGER")
                .reserved("r1", "p1", "80000.00", "80000.00", "alice", MANAGER, false)
                .authorized("p1", "r1", "90000.00", "alice", MANAGER, null, null)
                .prove();

        assertEquals("authorizes 90000.00 for pilot p1; the reservation (event #9) was 80000.00 for pilot p1",
                onlyViolation(report, "unreserved-authorization").detail());
    }

    @Test
    void findsCapitalCommittedWithoutAnAuthorization() {
        AuthorityReport report = portfolio()
                .requested("p1", "r1", "300000.00", "eve", "EXECUTIVE")
                .reserved("r1", "p1", "300000.00", "300000.00", "eve", EXECUTIVE, true)
                .committed("r1", "p1", "300000.00", "300000.00")
                .prove();

        assertEquals("commits a reservation that was never authorized",
                onlyViolation(report, "unauthorized-commit").detail());
        assertEquals(0, report.authorizations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"pilotId\":", "{\"pilotId\":\"p1\"}", "{\"pilotId\":\"p1\",\"frozen\":80000.00}",
            "{\"pilotId\":\"p1\",\"frozen\":{\"amount\":\"80000.00\",\"currency\":\"USD\"}}",
            "{\"pilotId\":\"p1\",\"frozen\":{\"amount\":1E+999999999,\"currency\":\"USD\"}}", "[]", "null"})
    void reportsAnUnreadableEventAndGoesOn(String payload) {
        AuthorityReport report = portfolio()
                .raw("com.pilotledger.api.capital.PilotCapitalFrozen", payload.getBytes(StandardCharsets.UTF_8))
                .decidedAlone("p1", "r1", "80000.00", "80000.00", "80000.00", "alice", MANAGER, "MANAGER")
                .prove();

        AuthorityViolation violation = onlyViolation(report, "unreadable");
        assertEquals(8, violation.globalIndex());
        assertTrue(violation.detail().startsWith("com.pilotledger.api.capital.PilotCapitalFrozen: "),
                violation.detail());
        assertEquals(1, report.authorizations());
    }

    @Test
    void reportsBytesThatAreNotUtf8AsUnreadable() {
        AuthorityReport report = portfolio()
                .raw("com.pilotledger.api.capital.CapitalBudgetSet", new byte[]{'{', (byte) 0xC3, '}'})
                .decidedAlone("p1", "r1", "80000.00", "80000.00", "80000.00", "alice", MANAGER, "MANAGER")
                .prove();

        assertTrue(onlyViolation(report, "unreadable").detail().endsWith("not UTF-8"));
    }

    @Test
    void passesOverEventsOfOtherTypesHoweverTheyAreWritten() {
        AuthorityReport report = portfolio()
                .raw("com.pilotledger.api.pilot.SignalRecorded", "not json".getBytes(StandardCharsets.UTF_8))
                .raw(null, null)
                .raw("org.axonframework.Other", null)
                .prove();

        assertEquals(List.of(), report.violations());
    }

    @Test
    void holdsNoAuthorityForSomeoneWithoutALimit() {
        AuthorityReport report = portfolio()
                .decidedAlone("p1", "r1", "0.00", "0.00", "0.00", "intern", noAuthority(), "VIEWER")
                .decidedAlone("p2", "r2", "10.00", "10.00", "10.00", "intern", noAuthority(), "VIEWER")
                .prove();

        AuthorityViolation violation = onlyViolation(report, "decider-limit");
        assertEquals("r2", violation.requestId());
        assertTrue(violation.detail().contains("under a limit of 0 (no limit of their own)"), violation.detail());
    }

    @Test
    void writesTheReportSectionForAnAuditor() {
        String text = portfolio()
                .decidedAlone("p1", "r1", "80000.00", "80000.00", "80000.00", "alice", MANAGER, "MANAGER")
                .authorized("p2", "r9", "5000.00", "alice", MANAGER, null, null)
                .prove().toText();

        assertEquals("""
                Authority proof: 2 authorizations, 1 violations
                  VIOLATION [unreserved-authorization] event #12 (event-12) pilot p2 request r9 decider alice: \
                authorizes 5000.00 with no open reservation for the request
                  Decider              Authorizations   Authorized total            Largest Approvals Violations
                  alice                             2           85000.00           80000.00         0          1
                """, text);
    }

    private static AuthorityViolation onlyViolation(AuthorityReport report, String rule) {
        assertEquals(1, report.violations().size(), () -> report.toText());
        AuthorityViolation violation = report.violations().get(0);
        assertEquals(rule, violation.rule(), () -> report.toText());
        return violation;
    }
}
