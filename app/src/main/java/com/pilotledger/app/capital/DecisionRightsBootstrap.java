package com.pilotledger.app.capital;

import com.pilotledger.api.capital.InitializeDecisionRights;
import com.pilotledger.api.money.Money;
import com.pilotledger.app.axon.AxonServerOutage;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.PortfolioCurrency;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives the portfolio the configured initial decision rights, as one command by "system" whose events are in the
 * audit history like any administrator's. The portfolio's capital decides whether it has decision rights already,
 * on its own events, so a view being rebuilt cannot mislead it; two instances starting together are fine, the second
 * command changes nothing. Runs before the demo portfolio, which needs them.
 */
@Component
@Order(0)
class DecisionRightsBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DecisionRightsBootstrap.class);
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final String REASON = "Initial decision rights from configuration";

    private final InitialDecisionRights initial;
    private final CommandGateway commands;
    private final String currency;
    private final Clock clock;
    private final ThreadPoolTaskScheduler retries;

    DecisionRightsBootstrap(InitialDecisionRights initial, CommandGateway commands,
                            PortfolioCurrency portfolio, Clock clock,
                            @Qualifier("commandRetryThread") ThreadPoolTaskScheduler retries) {
        this.initial = initial;
        this.retries = retries;
        this.commands = commands;
        this.currency = portfolio.currency();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        initialize();
    }

    /**
     * With Axon Server unreachable the command cannot be sent yet: the application starts anyway (its views are in the
     * database and can be read) and sends it again until Axon Server takes it.
     */
    private void initialize() {
        try {
            send();
        } catch (RuntimeException e) {
            if (!AxonServerOutage.causes(e)) {
                throw e;
            }
            log.warn("Axon Server is unreachable: the initial decision rights are sent again in {} ({})", RETRY,
                    e.toString());
            retries.schedule(this::initialize, Instant.now().plus(RETRY));
        }
    }

    private void send() {
        MetaData system = new CommandOrigin("system", Set.of("SYSTEM"), "decision-rights-bootstrap", null).asMetaData();
        Map<String, Money> roleLimits = initial.roleLimits().entrySet().stream()
                .collect(Collectors.toMap(limit -> limit.getKey().name(), limit -> money(limit.getValue())));
        commands.sendAndWait(new InitializeDecisionRights(money(initial.budget()), money(initial.fourEyesThreshold()),
                initial.approvalWindow(), roleLimits, REASON, clock.instant()), system);
    }

    private Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, currency);
    }
}
