package com.pilotledger.command.policy;

import com.pilotledger.api.policy.PolicyVersionStatus;
import com.pilotledger.api.policy.PolicyVersionView;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.api.policy.ReadinessPolicyVersions;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.command.pilot.ReadinessPolicies;
import com.pilotledger.command.pilot.ReadinessPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy book's events folded: every version proposed and every activation in order. v1 is known without an
 * event and in force until the first activation. Activations never go back in time (the book refuses it), so the
 * version in force at an instant is the latest activation at or before it.
 */
public final class ReadinessPolicyHistory implements ReadinessPolicies {

    private final Map<String, ReadinessPolicyProposed> proposals = new LinkedHashMap<>();
    private final List<ReadinessPolicyActivated> activations = new ArrayList<>();

    public static ReadinessPolicyHistory of(List<?> bookEvents) {
        ReadinessPolicyHistory history = new ReadinessPolicyHistory();
        bookEvents.forEach(history::record);
        return history;
    }

    /** Takes one event of the policy book into account; other payloads are not the book's and change nothing. */
    public void record(Object bookEvent) {
        if (bookEvent instanceof ReadinessPolicyProposed proposed) {
            proposals.put(proposed.version(), proposed);
        } else if (bookEvent instanceof ReadinessPolicyActivated activated) {
            activations.add(activated);
        }
    }

    public boolean knows(String version) {
        return ReadinessRules.GENESIS_VERSION.equals(version) || proposals.containsKey(version);
    }

    public String activeVersion() {
        return activations.isEmpty() ? ReadinessRules.GENESIS_VERSION : activations.get(activations.size() - 1).version();
    }

    /** When the version in force now took effect; null while v1 has been in force from the beginning. */
    public Instant activeSince() {
        return activations.isEmpty() ? null : activations.get(activations.size() - 1).effectiveFrom();
    }

    /** A known version as a policy to evaluate, in force or not (the what-if evaluates a proposal). */
    public ReadinessPolicy version(String version) {
        return ReadinessRules.GENESIS_VERSION.equals(version)
                ? ReadinessPolicy.GENESIS
                : new ReadinessPolicy(version, proposals.get(version).rules());
    }

    @Override
    public ReadinessPolicy inForceAt(Instant instant) {
        for (int i = activations.size() - 1; i >= 0; i--) {
            if (!activations.get(i).effectiveFrom().isAfter(instant)) {
                return version(activations.get(i).version());
            }
        }
        return ReadinessPolicy.GENESIS;
    }

    public ReadinessPolicyVersions versions() {
        List<PolicyVersionView> views = new ArrayList<>();
        views.add(view(ReadinessRules.GENESIS_VERSION, ReadinessRules.V1, null, null, null));
        proposals.values().forEach(proposed -> views.add(view(proposed.version(), proposed.rules(),
                proposed.proposedBy(), proposed.reason(), proposed.proposedAt())));
        return new ReadinessPolicyVersions(activeVersion(), views);
    }

    private PolicyVersionView view(String version, ReadinessRules rules, String proposedBy, String reason,
                                   Instant proposedAt) {
        int last = lastActivationOf(version);
        boolean genesis = ReadinessRules.GENESIS_VERSION.equals(version);
        PolicyVersionStatus status = version.equals(activeVersion()) ? PolicyVersionStatus.ACTIVE
                : last >= 0 || genesis ? PolicyVersionStatus.RETIRED : PolicyVersionStatus.PROPOSED;
        Instant effectiveTo = last >= 0 && last + 1 < activations.size()
                ? activations.get(last + 1).effectiveFrom()
                : genesis && last < 0 && !activations.isEmpty() ? activations.get(0).effectiveFrom() : null;
        return new PolicyVersionView(version, rules, status, proposedBy,
                genesis ? "The rules of the ledger's first day, in force from the beginning" : reason, proposedAt,
                last >= 0 ? activations.get(last).activatedBy() : null,
                last >= 0 ? activations.get(last).effectiveFrom() : null, effectiveTo);
    }

    private int lastActivationOf(String version) {
        for (int i = activations.size() - 1; i >= 0; i--) {
            if (activations.get(i).version().equals(version)) {
                return i;
            }
        }
        return -1;
    }
}
