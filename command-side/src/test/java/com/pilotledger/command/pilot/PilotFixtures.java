package com.pilotledger.command.pilot;

import com.pilotledger.command.bus.LedgerCommandTargetResolver;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** The Pilot's aggregate tests start alike: commands find their pilot as in the application, with the policy given. */
final class PilotFixtures {

    private PilotFixtures() {
    }

    static AggregateTestFixture<Pilot> pilotFixture(ReadinessPolicyHistory policies) {
        AggregateTestFixture<Pilot> fixture = new AggregateTestFixture<>(Pilot.class);
        fixture.registerCommandTargetResolver(new LedgerCommandTargetResolver());
        fixture.registerInjectableResource(policies);
        return fixture;
    }
}
