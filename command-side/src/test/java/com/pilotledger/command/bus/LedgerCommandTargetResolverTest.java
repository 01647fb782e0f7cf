package com.pilotledger.command.bus;

import com.pilotledger.api.capital.CapitalCommand;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.PausePilot;
import com.pilotledger.command.rule.RuleViolation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerCommandTargetResolverTest {

    private final LedgerCommandTargetResolver resolver = new LedgerCommandTargetResolver();

    @Test
    void aPilotCommandGoesToThePilotItNames() {
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(
                new PausePilot("pilot-1", "Sponsor left", Instant.EPOCH))).getIdentifier()).isEqualTo("pilot-1");
    }

    @Test
    void aPilotCommandNamingTheCapitalsStreamIsRefusedAsAnUnknownPilot() {
        assertThatThrownBy(() -> resolver.resolveTarget(GenericCommandMessage.asCommandMessage(
                new PausePilot(CapitalCommand.PORTFOLIO, "Sponsor left", Instant.EPOCH))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(ErrorCode.PILOT_NOT_FOUND));
    }
}
