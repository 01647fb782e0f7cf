package com.pilotledger.app.capital;

import com.pilotledger.api.capital.DecisionRights;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.SetApprovalLimit;
import com.pilotledger.api.capital.SetApprovalWindow;
import com.pilotledger.api.capital.SetCapitalBudget;
import com.pilotledger.api.capital.SetFourEyesThreshold;
import com.pilotledger.api.money.Money;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.portfolio.PortfolioReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Records the configured initial decision rights when the portfolio has none, as commands by "system" whose events
 * are in the audit history like any administrator's. Runs before the demo portfolio, which needs them.
 */
@Component
@Order(0)
class DecisionRightsBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DecisionRightsBootstrap.class);
    private static final String REASON = "Initial decision rights from configuration";

    private final InitialDecisionRights initial;
    private final CommandSender commands;
    private final PortfolioReader reader;
    private final String currency;
    private final Clock clock;

    DecisionRightsBootstrap(InitialDecisionRights initial, CommandSender commands, PortfolioReader reader,
                            @Value("${pilot-ledger.portfolio.currency:USD}") String currency, Clock clock) {
        this.initial = initial;
        this.commands = commands;
        this.reader = reader;
        this.currency = currency;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DecisionRights current = reader.decisionRights();
        if (current.approvalWindow() != null || !current.limits().isEmpty()) {
            return;
        }
        CommandOrigin system = new CommandOrigin("system", Set.of("SYSTEM"), "decision-rights-bootstrap", null);
        Instant now = clock.instant();
        if (initial.approvalWindow() != null) {
            commands.send(new SetApprovalWindow(initial.approvalWindow(), REASON, now), system);
        }
        initial.roleLimits().forEach((role, limit) -> commands.send(
                new SetApprovalLimit(LimitHolder.role(role.name()), new Money(limit, currency), REASON, now), system));
        if (initial.fourEyesThreshold() != null) {
            commands.send(new SetFourEyesThreshold(new Money(initial.fourEyesThreshold(), currency), REASON, now),
                    system);
        }
        if (initial.budget() != null) {
            commands.send(new SetCapitalBudget(new Money(initial.budget(), currency), REASON, now), system);
        }
        log.info("Recorded the initial decision rights from configuration");
    }
}
