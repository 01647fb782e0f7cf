package com.pilotledger.app.web;

import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One role's assessment on the pilot page: a status and evidence for each of the five signals (the limits of the
 * API's {@code AssessScaleReadinessRequest}). A bean, so each signal binds as {@code signals[SIGNAL].status}.
 */
public class AssessmentForm {

    @NotNull(message = "Choose the stakeholder role")
    private StakeholderRole role;
    @Valid
    private Map<ScaleReadinessSignal, SignalFields> signals = new EnumMap<>(ScaleReadinessSignal.class);

    public AssessmentForm() {
        Arrays.stream(ScaleReadinessSignal.values()).forEach(signal -> signals.put(signal, new SignalFields()));
    }

    List<SignalAssessment> assessments() {
        return signals.entrySet().stream().map(entry -> new SignalAssessment(entry.getKey(),
                entry.getValue().getStatus(), entry.getValue().getEvidence())).toList();
    }

    public StakeholderRole getRole() {
        return role;
    }

    public void setRole(StakeholderRole role) {
        this.role = role;
    }

    public Map<ScaleReadinessSignal, SignalFields> getSignals() {
        return signals;
    }

    public void setSignals(Map<ScaleReadinessSignal, SignalFields> signals) {
        this.signals = signals;
    }

    /** One signal's status and evidence. */
    public static class SignalFields {

        @NotNull(message = "Choose Confirmed, Conditional or Failed")
        private SignalStatus status;
        @NotBlank(message = "Enter the evidence")
        @WrittenText
        private String evidence;

        public SignalStatus getStatus() {
            return status;
        }

        public void setStatus(SignalStatus status) {
            this.status = status;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }
}
