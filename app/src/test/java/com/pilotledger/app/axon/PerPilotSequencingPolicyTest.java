package com.pilotledger.app.axon;

import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.PilotKilled;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PerPilotSequencingPolicyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private final PerPilotSequencingPolicy policy = new PerPilotSequencingPolicy();

    @Test
    void aPilotsOwnEventsAndTheCapitalEventsAboutItShareOneSequence() {
        Object fromThePilot = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Pilot", "pilot-1", 3,
                new PilotKilled("pilot-1", "Sponsor left", "pam", NOW)));
        Object fromThePortfolio = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("PortfolioCapital",
                "portfolio", 40, new CapitalCommitted("r-1", "pilot-1", Money.of("1", "USD"), Money.of("1", "USD"), NOW)));

        assertThat(fromThePilot).isEqualTo("pilot-1").isEqualTo(fromThePortfolio);
    }

    @Test
    void anEventAboutNoPilotKeepsTheOrderOfItsAggregate() {
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("PortfolioCapital", "portfolio", 0,
                new CapitalBudgetSet(Money.of("5", "USD"), null, "Initial", "system", NOW)))).isEqualTo("portfolio");
    }
}
