package com.pilotledger.app.review;

import com.pilotledger.app.input.Amount;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WrittenText;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * How a Conditional signal will be closed: what will be done, who owns it, the day it is due and the investment it
 * needs, in the portfolio currency. Left wholly empty, it is no plan; whether a plan is complete is the pilot's rule.
 */
public record GapClosurePlanRequest(@WrittenText String action, @LineOfText(max = NAME) String owner,
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, @Amount BigDecimal investment) {

    boolean isEmpty() {
        return (action == null || action.isBlank()) && (owner == null || owner.isBlank()) && dueOn == null
                && investment == null;
    }
}
