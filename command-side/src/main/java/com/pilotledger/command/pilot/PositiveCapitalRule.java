package com.pilotledger.command.pilot;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.Verdict;

/** Capital a pilot asks for or is given is a positive amount: zero or less decides nothing. */
final class PositiveCapitalRule {

    private PositiveCapitalRule() {
    }

    static Verdict require(Money capital, String what) {
        return capital != null && capital.exceedsZero()
                ? Verdict.allowed()
                : Verdict.refused(ErrorCode.CAPITAL_NOT_POSITIVE, what + " must be a positive amount");
    }
}
