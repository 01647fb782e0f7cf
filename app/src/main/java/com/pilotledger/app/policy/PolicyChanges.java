package com.pilotledger.app.policy;

import com.pilotledger.api.policy.ActivateReadinessPolicy;
import com.pilotledger.api.policy.ProposeReadinessPolicy;
import com.pilotledger.api.policy.ReadinessPolicyVersions;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.command.policy.EventStoreReadinessPolicies;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Proposing and activating readiness policy versions and reading them, the one path for the API and the policy page;
 * the rules are the policy book's.
 */
@Component
public class PolicyChanges {

    private final CommandSender commands;
    private final EventStoreReadinessPolicies policies;
    private final Clock clock;

    public PolicyChanges(CommandSender commands, EventStoreReadinessPolicies policies, Clock clock) {
        this.commands = commands;
        this.policies = policies;
        this.clock = clock;
    }

    public ReadinessPolicyVersions versions() {
        return policies.history().versions();
    }

    public void propose(String version, ReadinessRules rules, String reason, CommandOrigin origin) {
        commands.send(new ProposeReadinessPolicy(version, rules, reason, clock.instant()), origin);
    }

    public void activate(String version, String reason, CommandOrigin origin) {
        commands.send(new ActivateReadinessPolicy(version, reason, clock.instant()), origin);
    }
}
