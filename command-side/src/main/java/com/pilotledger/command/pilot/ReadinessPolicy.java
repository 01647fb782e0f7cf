package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;

/**
 * Readiness policy version 1: derives the recommended posture from the latest reading of each domain.
 * <ol>
 *     <li>Pause while ownership, governance or production economics is unsettled or has no reading
 *     (ownership unsettled, approval authority unclear, cost visibility weak).</li>
 *     <li>Authorize Deployment when all six domains are established.</li>
 *     <li>Otherwise Controlled Investment: bounded scope while the rest stabilizes.</li>
 * </ol>
 * Pure: the same readings always give the same assessment, so a recommendation can be replayed and explained.
 */
public final class ReadinessPolicy {

    public static final String VERSION = "v1";

    private static final List<StabilizationDomain> PAUSE_GATES =
            List.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS);

    public PostureAssessment assess(Map<StabilizationDomain, ReadinessLevel> latestReadings) {
        List<StabilizationDomain> blocking = PAUSE_GATES.stream()
                .filter(domain -> latestReadings.getOrDefault(domain, ReadinessLevel.UNSETTLED) == ReadinessLevel.UNSETTLED)
                .toList();
        if (!blocking.isEmpty()) {
            return new PostureAssessment(Posture.PAUSE, VERSION, blocking,
                    "Pause while " + describe(blocking, latestReadings));
        }
        List<StabilizationDomain> notEstablished = Arrays.stream(StabilizationDomain.values())
                .filter(domain -> latestReadings.get(domain) != ReadinessLevel.ESTABLISHED)
                .toList();
        if (notEstablished.isEmpty()) {
            return new PostureAssessment(Posture.AUTHORIZE_DEPLOYMENT, VERSION,
                    List.of(StabilizationDomain.values()), "All six stabilization domains are established");
        }
        return new PostureAssessment(Posture.CONTROLLED_INVESTMENT, VERSION, notEstablished,
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
