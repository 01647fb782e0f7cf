package com.pilotledger.command.pilot;

import com.pilotledger.command.rule.RuleViolation;
import com.pilotledger.command.rule.Verdict;
import com.pilotledger.command.rule.WrittenReasonRule;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Posture;

/**
 * When an authorization may be taken: a posture that deploys (pausing is its own decision), positive capital in the
 * currency the pilot asked in, a rationale, and a written justification for any override of the recommendation.
 */
final class AuthorizationRule {

    private AuthorizationRule() {
    }

    static Verdict evaluate(AuthorizeInvestment command, Posture recommended, Money requestedCapital) {
        return Verdict.firstRefusal(
                deployingPosture(command.posture()),
                PositiveCapitalRule.require(command.capital(), "Authorized capital"),
                sameCurrency(command.capital(), requestedCapital),
                WrittenReasonRule.require(command.rationale(), ErrorCode.RATIONALE_REQUIRED, "A rationale"),
                justifiedOverride(command, recommended));
    }

    static boolean isOverride(Posture decided, Posture recommended) {
        return decided.isMorePermissiveThan(recommended);
    }

    private static Verdict deployingPosture(Posture posture) {
        return posture == Posture.CONTROLLED_INVESTMENT || posture == Posture.AUTHORIZE_DEPLOYMENT
                ? Verdict.allowed()
                : Verdict.refused(ErrorCode.POSTURE_NOT_AUTHORIZABLE,
                "Only Controlled Investment or Authorize Deployment can be authorized; pause the pilot instead");
    }

    private static Verdict sameCurrency(Money capital, Money requestedCapital) {
        return capital == null || capital.sameCurrencyAs(requestedCapital)
                ? Verdict.allowed()
                : Verdict.refused(ErrorCode.CURRENCY_MISMATCH,
                "Capital must be in " + requestedCapital.currency() + ", the currency the pilot requested in");
    }

    private static Verdict justifiedOverride(AuthorizeInvestment command, Posture recommended) {
        if (!isOverride(command.posture(), recommended)) {
            return Verdict.allowed();
        }
        return WrittenReasonRule.require(command.overrideJustification(), ErrorCode.OVERRIDE_JUSTIFICATION_REQUIRED,
                "A justification for authorizing " + command.posture().label() + " over the recommended "
                        + recommended.label());
    }
}
