package com.pilotledger.api.policy;

import com.pilotledger.api.pilot.Posture;

/** A pilot (not killed) whose recommended posture today would differ under the what-if version. */
public record WhatIfPosture(String pilotId, String pilotName, Posture recorded, String recordedVersion,
                            Posture whatIf, String whatIfReason) {
}
