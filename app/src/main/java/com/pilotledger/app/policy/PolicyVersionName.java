package com.pilotledger.app.policy;

import com.pilotledger.api.policy.ReadinessPolicyCommand;

/** How a version name is described to whoever typed one the ledger cannot keep. */
final class PolicyVersionName {

    static final String WORDS = "must be a version name: 1 to " + ReadinessPolicyCommand.VERSION_LENGTH
            + " letters, digits or . _ - starting with a letter or digit (e.g. v2)";

    private PolicyVersionName() {
    }
}
