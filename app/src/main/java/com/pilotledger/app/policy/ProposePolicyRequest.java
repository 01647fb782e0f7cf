package com.pilotledger.app.policy;

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
 * A proposed readiness policy version: its name, the pause gates and the level each must reach, the domains Authorize
 * Deployment requires established, the evidence it requires besides them (none when left out), and why.
 */
public record ProposePolicyRequest(
        @NotBlank(message = "Enter the version name")
        @Pattern(regexp = ReadinessPolicyCommand.VERSION_PATTERN, message = PolicyVersionName.WORDS) String version,
        @NotNull(message = "Choose the pause gates (an empty list pauses on no domain)")
        Set<@NotNull(message = "must name a stabilization domain") StabilizationDomain> pauseGates,
        @NotNull(message = "Choose the level a pause gate must reach") ReadinessLevel gateMinimum,
        @NotEmpty(message = "Choose at least one domain Authorize Deployment requires established")
        Set<@NotNull(message = "must name a stabilization domain") StabilizationDomain> deploymentRequires,
        Set<@NotNull(message = "must name a kind of deployment evidence") DeploymentEvidence> deploymentEvidence,
        @NotBlank(message = "Enter the reason") @WrittenText String reason) {

    ReadinessRules rules() {
        return new ReadinessRules(pauseGates, gateMinimum, deploymentRequires, deploymentEvidence);
    }
}
