package com.pilotledger.app.web;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.app.input.Amount;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WrittenText;
import com.pilotledger.app.review.GateReviewDesk;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * The conclusion form: a gap-closure plan for each signal some role found Conditional (the limits of the API's
 * {@code GapClosurePlanRequest}). A plan left wholly empty is no plan; whether the plans given are the ones the
 * outcome needs, and complete, is the pilot's rule.
 */
public class ConclusionForm {

    @Valid
    private Map<ScaleReadinessSignal, PlanFields> plans = new EnumMap<>(ScaleReadinessSignal.class);

    public ConclusionForm() {
        Arrays.stream(ScaleReadinessSignal.values()).forEach(signal -> plans.put(signal, new PlanFields()));
    }

    List<GateReviewDesk.PlanDraft> drafts(String currency) {
        return plans.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> {
                    PlanFields plan = entry.getValue();
                    return new GateReviewDesk.PlanDraft(entry.getKey(), plan.getAction(), plan.getOwner(),
                            plan.getDueOn(), plan.getInvestment() == null ? null
                            : new Money(plan.getInvestment(), currency));
                }).toList();
    }

    public Map<ScaleReadinessSignal, PlanFields> getPlans() {
        return plans;
    }

    public void setPlans(Map<ScaleReadinessSignal, PlanFields> plans) {
        this.plans = plans;
    }

    /** What, who, by when, how much. */
    public static class PlanFields {

        @WrittenText
        private String action;
        @LineOfText(max = NAME)
        private String owner;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;
        @Amount
        private BigDecimal investment;

        boolean isEmpty() {
            return (action == null || action.isBlank()) && (owner == null || owner.isBlank()) && dueOn == null
                    && investment == null;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }

        public BigDecimal getInvestment() {
            return investment;
        }

        public void setInvestment(BigDecimal investment) {
            this.investment = investment;
        }
    }
}
