package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.DeploymentEvidence;
import com.pilotledger.api.policy.ReadinessRules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One version of the readiness policy: derives the recommended posture from the reading that counts in each domain.
 * <ol>
 *     <li>Pause while a pause gate is below the gate minimum or has no reading (v1: ownership unsettled, approval
 *     authority unclear, cost visibility weak).</li>
 *     <li>Authorize Deployment when every domain the version requires is established (v1: all six) and the evidence
 *     the version requires besides them is there (v2: a gate review that said proceed, no breach in 48 hours, no
 *     checklist item Not started).</li>
 *     <li>Otherwise Controlled Investment: bounded scope while the rest stabilizes.</li>
 * </ol>
 * A met kill criterion recommends Pause under every version and says so; the kill itself stays a human decision.
 * Pure: the same readings always give the same assessment, so a recommendation can be replayed and explained, and
 * the history re-evaluated under a version never in force (what-if).
 */
public record ReadinessPolicy(String version, ReadinessRules rules) {

    /** Version 1, in force from the beginning until an administrator activates another. */
    public static final ReadinessPolicy GENESIS = new ReadinessPolicy(ReadinessRules.GENESIS_VERSION, ReadinessRules.V1);

    public PostureAssessment assess(ReadinessEvidence evidence, Instant at) {
        if (!evidence.killCriteriaMet().isEmpty()) {
            return new PostureAssessment(Posture.PAUSE, version, List.of(), "Kill criteria met: "
                    + String.join("; ", evidence.killCriteriaMet()) + ". Killing the pilot is a human decision");
        }
        Map<StabilizationDomain, ReadinessLevel> latestReadings = evidence.readings();
        List<StabilizationDomain> blocking = rules.pauseGates().stream()
                .filter(domain -> !latestReadings.containsKey(domain)
                        || latestReadings.get(domain).compareTo(rules.gateMinimum()) < 0)
                .toList();
        if (!blocking.isEmpty()) {
            return new PostureAssessment(Posture.PAUSE, version, blocking,
                    "Pause while " + describe(blocking, latestReadings));
        }
        List<StabilizationDomain> notEstablished = rules.deploymentRequires().stream()
                .filter(domain -> latestReadings.get(domain) != ReadinessLevel.ESTABLISHED)
                .toList();
        List<DeploymentEvidence> missing = rules.deploymentEvidence().stream()
                .filter(requirement -> !evidence.satisfies(requirement, at))
                .toList();
        if (notEstablished.isEmpty() && !missing.isEmpty()) {
            return new PostureAssessment(Posture.CONTROLLED_INVESTMENT, version, List.of(),
                    "Authorize Deployment also needs " + missing.stream().map(DeploymentEvidence::requirement)
                            .collect(Collectors.joining(", ")));
        }
        if (notEstablished.isEmpty()) {
            List<StabilizationDomain> required = List.copyOf(rules.deploymentRequires());
            return new PostureAssessment(Posture.AUTHORIZE_DEPLOYMENT, version, required,
                    required.size() == StabilizationDomain.values().length
                            ? "All six stabilization domains are established"
                            : "Every required domain is established: " + required.stream()
                            .map(StabilizationDomain::label).collect(Collectors.joining(", ")));
        }
        return new PostureAssessment(Posture.CONTROLLED_INVESTMENT, version, notEstablished,
                "Bounded scope while " + describe(notEstablished, latestReadings));
    }

    private static String describe(List<StabilizationDomain> domains, Map<StabilizationDomain, ReadinessLevel> readings) {
        return domains.stream()
                .map(domain -> domain.label() + (readings.containsKey(domain)
                        ? " is " + readings.get(domain).label().toLowerCase()
                        : " has no reading yet"))
                .collect(Collectors.joining(", "));
    }
}
