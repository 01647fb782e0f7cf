package com.pilotledger.app.axon;

import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.stream.Stream;

/**
 * The whole event store read once, in order, up to the last event stored when the read begins: for reports that
 * replay history (the what-if of a policy version). On the JDBC store it is the storage engine's own finite read; on
 * Axon Server, whose engine the connector keeps to itself, a tracking stream cut at the head ({@link HeadBoundedHistory}).
 */
@FunctionalInterface
public interface EventHistory {

    /** The events in store order; close the stream when done. */
    Stream<? extends TrackedEventMessage<?>> readAll();
}
