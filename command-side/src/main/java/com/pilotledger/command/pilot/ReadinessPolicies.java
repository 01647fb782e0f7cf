package com.pilotledger.command.pilot;

import java.time.Instant;

/** The readiness policy versions over time: which one was (or is) in force at an instant. */
public interface ReadinessPolicies {

    /** The version in force at that instant: v1 before any activation, else the latest activated at or before it. */
    ReadinessPolicy inForceAt(Instant instant);
}
