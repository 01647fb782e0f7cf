package com.pilotledger.bench;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.KillPilot;
import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.pilot.PausePilot;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ProposeReadinessPolicy;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.app.pilot.CommandOrigin;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The commands a portfolio's people send, with realistic content: names and business units from the source
 * material, evidence sentences of the length users write, a metric on some signals. Random but seeded, so every run
 * builds the same portfolio.
 */
final class PortfolioScript {

    static final String CURRENCY = "USD";
    private static final String[] BUSINESS_UNITS = {"Customer Operations", "Supply Chain", "Finance", "Merchandising",
            "Marketing", "Human Resources", "Store Operations", "E-commerce"};
    private static final String[] INITIATIVES = {"Returns triage assistant", "Demand forecasting copilot",
            "Invoice matching agent", "Store staffing planner", "Product copy generator", "Fraud review assistant",
            "Supplier risk monitor", "Contact centre summarizer"};
    private static final StabilizationDomain[] DOMAINS = StabilizationDomain.values();

    private PortfolioScript() {
    }

    static String pilotId(int number) {
        return "bench-pilot-" + number;
    }

    static MetaData origin(String actor, String role) {
        return new CommandOrigin(actor, Set.of(role), UUID.randomUUID().toString(), null).asMetaData();
    }

    static MetaData pilotOwner() {
        return origin("owen", "PILOT_OWNER");
    }

    static MetaData portfolioManager() {
        return origin("pam", "PORTFOLIO_MANAGER");
    }

    static MetaData administrator() {
        return origin("alex", "ADMINISTRATOR");
    }

    /**
     * A stricter readiness policy for the what-if: Deployment Sequencing joins the pause gates, and every gate must be
     * Established, so many of the portfolio's recommendations and authorizations come out differently.
     */
    static ProposeReadinessPolicy stricterPolicy(String version) {
        return new ProposeReadinessPolicy(version, new ReadinessRules(EnumSet.of(
                StabilizationDomain.OPERATIONAL_OWNERSHIP, StabilizationDomain.GOVERNANCE_CONTINUITY,
                StabilizationDomain.PRODUCTION_ECONOMICS, StabilizationDomain.DEPLOYMENT_SEQUENCING),
                ReadinessLevel.ESTABLISHED, EnumSet.allOf(StabilizationDomain.class), Set.of()),
                "Benchmark: what a stricter gate would have changed", Instant.now());
    }

    /** Owen, the pilot owner who records the script's signals, owns every pilot from its registration. */
    static RegisterPilot register(String pilotId, int number) {
        String unit = BUSINESS_UNITS[number % BUSINESS_UNITS.length];
        return new RegisterPilot(pilotId, INITIATIVES[number % INITIATIVES.length] + " #" + number, unit,
                "VP " + unit, "owner-" + (number % 97) + "@example.com",
                "Agents spend hours on work the pilot showed it can draft; the team cannot yet run it without the "
                        + "vendor's engineers.", "42 minutes average handling time", "25 minutes average handling time",
                new Money(BigDecimal.valueOf(50_000 + (number % 40) * 5_000L), CURRENCY),
                "Stop if handling time is not down 20% after two quarters in production", null, null, List.of("owen"),
                Instant.now());
    }

    /** A reading of a random domain; later readings of a pilot tend to be better, as pilots stabilize. */
    static RecordSignal signal(String pilotId, Random random, double progress) {
        StabilizationDomain domain = DOMAINS[random.nextInt(DOMAINS.length)];
        double draw = random.nextDouble();
        ReadinessLevel level = draw < 0.5 - progress * 0.4 ? ReadinessLevel.UNSETTLED
                : draw < 0.85 - progress * 0.3 ? ReadinessLevel.STABILIZING : ReadinessLevel.ESTABLISHED;
        Metric metric = random.nextInt(10) == 0
                ? new Metric("task completion rate", BigDecimal.valueOf(random.nextInt(100), 2), "ratio") : null;
        return signal(pilotId, domain, level, metric);
    }

    static RecordSignal signal(String pilotId, StabilizationDomain domain, ReadinessLevel level, Metric metric) {
        return new RecordSignal(pilotId, domain, level,
                "Weekly review: " + domain.label() + " is " + level.label().toLowerCase() + "; the named owner "
                        + "confirmed the runbook, the escalation path and the cost report for this week.",
                "weekly operating review", Instant.now().minusSeconds(3600), metric, Instant.now());
    }

    static AuthorizeInvestment authorize(String pilotId, int number) {
        return new AuthorizeInvestment(pilotId, UUID.randomUUID().toString(), Posture.CONTROLLED_INVESTMENT,
                new Money(BigDecimal.valueOf(20_000 + (number % 20) * 10_000L), CURRENCY),
                "One region, one channel", "Monthly review of the cost report",
                "Evidence meets the bar for bounded scope", "The board accepts bounded risk for this quarter",
                Instant.now());
    }

    static PausePilot pause(String pilotId) {
        return new PausePilot(pilotId, "Cost visibility lapsed: no cost report for three weeks", Instant.now());
    }

    static KillPilot kill(String pilotId) {
        return new KillPilot(pilotId, "Kill criteria met: no improvement after two quarters", Instant.now());
    }
}
