package com.pilotledger.app.web;

import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.app.input.LineOfText;

import java.util.EnumMap;
import java.util.Map;

import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * The gate review's convene form: the person in each stakeholder role (the limits of the API's
 * {@code ConveneGateReviewRequest}). A bean, so each role binds as {@code participants[ROLE]}.
 */
public class ConveneForm {

    private Map<StakeholderRole, @LineOfText(max = NAME) String> participants = new EnumMap<>(StakeholderRole.class);

    public Map<StakeholderRole, String> getParticipants() {
        return participants;
    }

    public void setParticipants(Map<StakeholderRole, String> participants) {
        this.participants = participants;
    }
}
