package com.pilotledger.api.policy;

import java.util.List;

/** Every readiness policy version, first first, and the one in force now. */
public record ReadinessPolicyVersions(String activeVersion, List<PolicyVersionView> versions) {

    public ReadinessPolicyVersions {
        versions = List.copyOf(versions);
    }
}
