package com.pilotledger.app.web;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.DeploymentEvidence;
import com.pilotledger.api.policy.ReadinessPolicyCommand;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Set;

/**
 * A readiness policy version proposed on the policy page (the limits of {@code ProposePolicyRequest}); no pause gate
 * ticked means the version pauses on no domain.
 */
public record PolicyForm(
        @NotBlank(message = "Enter the version name")
        @Pattern(regexp = ReadinessPolicyCommand.VERSION_PATTERN, message = "Enter 1 to "
                + ReadinessPolicyCommand.VERSION_LENGTH + " letters, digits or . _ - (e.g. v2)") String version,
        Set<StabilizationDomain> pauseGates,
        @NotNull(message = "Choose the level a pause gate must reach") ReadinessLevel gateMinimum,
        @NotEmpty(message = "Choose at least one domain Authorize Deployment requires established")
        Set<StabilizationDomain> deploymentRequires,
        Set<DeploymentEvidence> deploymentEvidence,
        @NotBlank(message = "Enter the reason") @WrittenText String reason) {

    /** A new form starts from version 1's rules, which a proposal usually tightens or relaxes. */
    static PolicyForm startingFromVersionOne() {
        return new PolicyForm(null, ReadinessRules.V1.pauseGates(), ReadinessRules.V1.gateMinimum(),
                ReadinessRules.V1.deploymentRequires(), ReadinessRules.V1.deploymentEvidence(), null);
    }

    ReadinessRules rules() {
        return new ReadinessRules(pauseGates, gateMinimum, deploymentRequires, deploymentEvidence);
    }
}
