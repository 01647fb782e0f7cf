package com.pilotledger.app.review;

import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.app.input.LineOfText;

import java.util.EnumMap;
import java.util.Map;

import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * The person named in each of the five stakeholder roles, on the API and in the pilot page's convene form. Each is
 * required; the pilot refuses a review that leaves one unnamed, naming every role missing.
 */
public record ConveneGateReviewRequest(@LineOfText(max = NAME) String executiveSponsor,
                                       @LineOfText(max = NAME) String operationalLead,
                                       @LineOfText(max = NAME) String technologyLead,
                                       @LineOfText(max = NAME) String governanceLead,
                                       @LineOfText(max = NAME) String changeManagementLead) {

    public Map<StakeholderRole, String> participants() {
        Map<StakeholderRole, String> participants = new EnumMap<>(StakeholderRole.class);
        participants.put(StakeholderRole.EXECUTIVE_SPONSOR, executiveSponsor);
        participants.put(StakeholderRole.OPERATIONAL_LEAD, operationalLead);
        participants.put(StakeholderRole.TECHNOLOGY_LEAD, technologyLead);
        participants.put(StakeholderRole.GOVERNANCE_LEAD, governanceLead);
        participants.put(StakeholderRole.CHANGE_MANAGEMENT_LEAD, changeManagementLead);
        return participants;
    }
}
