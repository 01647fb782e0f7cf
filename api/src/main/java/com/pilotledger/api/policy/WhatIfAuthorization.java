package com.pilotledger.api.policy;

import com.pilotledger.api.pilot.Posture;

import java.time.Instant;

/**
 * An authorization judged again under a what-if version: the posture decided, the recommendation it was made against
 * and whether it was an override, beside the what-if recommendation of that moment and whether it would be one.
 */
public record WhatIfAuthorization(String pilotId, String pilotName, String requestId, Instant decidedAt,
                                  Posture authorized, Posture recordedRecommendation, boolean recordedOverride,
                                  Posture whatIfRecommendation, boolean whatIfOverride) {
}
