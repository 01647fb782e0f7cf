package com.pilotledger.api.policy;

import com.pilotledger.api.pilot.Posture;

import java.time.Instant;

/**
 * A moment a pilot's recorded recommendation and the one a what-if version would have given differ: from {@code at}
 * on, until either changes.
 */
public record WhatIfRecommendation(String pilotId, String pilotName, Instant at, Posture recorded,
                                   String recordedVersion, Posture whatIf, String whatIfReason) {
}
