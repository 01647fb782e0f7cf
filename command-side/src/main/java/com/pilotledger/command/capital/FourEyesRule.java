package com.pilotledger.command.capital;

import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.Verdict;

import java.math.BigDecimal;

/**
 * Above the threshold, an authorization needs a second person: the maker can never be the checker. People are told
 * apart by who they are, not by the roles they hold, so one person with two roles still counts once.
 */
final class FourEyesRule {

    private FourEyesRule() {
    }

    static boolean requiresSecondApproval(BigDecimal total, BigDecimal threshold) {
        return threshold != null && total.compareTo(threshold) > 0;
    }

    static Verdict secondPerson(String maker, String checker) {
        return maker.equals(checker)
                ? Verdict.refused(ErrorCode.SELF_APPROVAL_NOT_ALLOWED,
                "The person who asked for an authorization cannot also approve or reject it")
                : Verdict.allowed();
    }
}
