package com.pilotledger.command;

import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Map;

/** Matches a refused command by its stable code, and optionally by the facts it reports. */
public final class RefusalMatchers {

    private RefusalMatchers() {
    }

    public static Matcher<Exception> refusedWith(ErrorCode code) {
        return refusedWith(code, Map.of());
    }

    public static Matcher<Exception> refusedWith(ErrorCode code, Map<String, String> facts) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Exception actual) {
                return actual instanceof RuleViolation violation && violation.code() == code
                        && violation.refusal().facts().entrySet().containsAll(facts.entrySet());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation with code " + code + " and facts " + facts);
            }
        };
    }
}
