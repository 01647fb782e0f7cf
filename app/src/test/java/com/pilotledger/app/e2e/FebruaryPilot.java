package com.pilotledger.app.e2e;

import com.pilotledger.api.capital.SetCapitalBudget;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.PausePilot;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.ReadinessLevel.UNSETTLED;
import static com.pilotledger.api.pilot.StabilizationDomain.DEPLOYMENT_SEQUENCING;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_RESILIENCE;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;

/**
 * One pilot's history in 2026, sent through the real commands with their business times: budget set on 15 January;
 * registered on 1 February; readings on 5 February (Controlled Investment recommended) and 20 February; a reading of
 * resilience observed on 3 February but entered only on 25 February; Controlled Investment authorized with 300,000 on
 * 1 March; paused on 10 April.
 */
public final class FebruaryPilot {

    public static final String NAME = "Shelf replenishment";
    public static final String BUDGET = "4000000.00";
    public static final String COMMITTED = "300000.00";

    private FebruaryPilot() {
    }

    /** Records the history and returns the pilot's id. */
    public static String record(RunningLedger ledger) {
        CommandSender commands = ledger.bean(CommandSender.class);
        String pilotId = UUID.randomUUID().toString();
        commands.send(new SetCapitalBudget(Money.of(BUDGET, "USD"), "Budget of the 2026 plan",
                at("2026-01-15T09:00:00Z")), origin("alex", "ADMINISTRATOR"));
        commands.send(new RegisterPilot(pilotId, NAME, "Supply chain", "SVP Supply Chain", "Priya Raman",
                "Shelves empty before replenishment", "Stockouts per week", "-30% stockouts",
                Money.of("800000.00", "USD"), "No stockout reduction after two cycles", null, null, List.of("owen"),
                at("2026-02-01T10:00:00Z")),
                origin("pam", "PORTFOLIO_MANAGER"));
        signal(commands, pilotId, OPERATIONAL_OWNERSHIP, ESTABLISHED, "Store operations own it",
                "2026-02-05T09:00:00Z", "2026-02-05T09:00:00Z");
        signal(commands, pilotId, GOVERNANCE_CONTINUITY, STABILIZING, "Approvals drafted",
                "2026-02-05T09:00:00Z", "2026-02-05T09:05:00Z");
        signal(commands, pilotId, PRODUCTION_ECONOMICS, STABILIZING, "Cost per run measured",
                "2026-02-05T09:00:00Z", "2026-02-05T09:10:00Z");
        signal(commands, pilotId, OPERATIONAL_RESILIENCE, STABILIZING, "Fallback to manual orders tested",
                "2026-02-05T09:00:00Z", "2026-02-05T09:15:00Z");
        signal(commands, pilotId, DEPLOYMENT_SEQUENCING, ESTABLISHED, "Store waves agreed",
                "2026-02-20T14:00:00Z", "2026-02-20T14:00:00Z");
        signal(commands, pilotId, OPERATIONAL_RESILIENCE, UNSETTLED, "Outage of the feed on 3 February",
                "2026-02-03T12:00:00Z", "2026-02-25T16:00:00Z");
        commands.send(new AuthorizeInvestment(pilotId, UUID.randomUUID().toString(), Posture.CONTROLLED_INVESTMENT,
                Money.of(COMMITTED, "USD"), "Ten stores", "Weekly stockout report", "Readiness as recommended", null,
                at("2026-03-01T11:00:00Z")), origin("eve", "EXECUTIVE"));
        commands.send(new PausePilot(pilotId, "Supplier feed unreliable", at("2026-04-10T08:00:00Z")),
                origin("pam", "PORTFOLIO_MANAGER"));
        return pilotId;
    }

    private static void signal(CommandSender commands, String pilotId, StabilizationDomain domain,
                               ReadinessLevel level, String evidence, String observedAt, String recordedAt) {
        commands.send(new RecordSignal(pilotId, domain, level, evidence, "Gate review", at(observedAt), null,
                at(recordedAt)), origin("owen", "PILOT_OWNER"));
    }

    private static CommandOrigin origin(String actor, String role) {
        return new CommandOrigin(actor, Set.of(role), UUID.randomUUID().toString(), null);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
