package com.pilotledger.app.capital;

import com.pilotledger.api.capital.DecisionRights;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.SetApprovalLimit;
import com.pilotledger.api.capital.SetApprovalWindow;
import com.pilotledger.api.capital.SetCapitalBudget;
import com.pilotledger.api.capital.SetFourEyesThreshold;
import com.pilotledger.api.money.Money;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.portfolio.PortfolioReader;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records the configured initial decision rights when the portfolio has none, as commands by "system" whose events
 * are in the audit history like any administrator's. Runs before the demo portfolio, which needs them. Two instances
 * starting together may both send them: a decision that changes nothing records nothing.
 */
@Component
@Order(0)
class DecisionRightsBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DecisionRightsBootstrap.class);
    private static final String REASON = "Initial decision rights from configuration";

    private final InitialDecisionRights initial;
    private final CommandGateway commands;
    private final PortfolioReader reader;
    private final String currency;
    private final Clock clock;

    DecisionRightsBootstrap(InitialDecisionRights initial, CommandGateway commands, PortfolioReader reader,
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
        MetaData system = new CommandOrigin("system", Set.of("SYSTEM"), "decision-rights-bootstrap", null).asMetaData();
        Instant now = clock.instant();
        List<Object> decisions = new ArrayList<>();
        if (initial.approvalWindow() != null) {
            decisions.add(new SetApprovalWindow(initial.approvalWindow(), REASON, now));
        }
        initial.roleLimits().forEach((role, limit) -> decisions.add(
                new SetApprovalLimit(LimitHolder.role(role.name()), new Money(limit, currency), REASON, now)));
        if (initial.fourEyesThreshold() != null) {
            decisions.add(new SetFourEyesThreshold(new Money(initial.fourEyesThreshold(), currency), REASON, now));
        }
        if (initial.budget() != null) {
            decisions.add(new SetCapitalBudget(new Money(initial.budget(), currency), REASON, now));
        }
        // Nothing reads the views in between: the decisions go straight to the portfolio capital, in order.
        decisions.forEach(decision -> commands.sendAndWait(decision, system));
        log.info("Recorded the initial decision rights from configuration");
    }
}
