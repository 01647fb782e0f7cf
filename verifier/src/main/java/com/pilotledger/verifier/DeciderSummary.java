package com.pilotledger.verifier;

import java.math.BigDecimal;

/**
 * What one person decided: the authorizations they made (the maker decides), the capital those authorized in total
 * and at most, the approvals they gave as a second person, and the violations found in their decisions.
 */
public record DeciderSummary(String decider, long authorizations, BigDecimal authorizedTotal, BigDecimal largest,
                             long approvals, long violations) {
}
