package com.pilotledger.app.review;

import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.app.input.LineOfText;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

import static com.pilotledger.api.input.FieldLimits.NAME;

/** The person named in each of the five stakeholder roles (all five are required; the pilot says which is missing). */
public record ConveneGateReviewRequest(
        @NotNull(message = "Name the person in each stakeholder role")
        Map<@NotNull StakeholderRole, @LineOfText(max = NAME) String> participants) {
}
