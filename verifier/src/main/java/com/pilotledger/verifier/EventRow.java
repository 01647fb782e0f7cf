package com.pilotledger.verifier;

/**
 * One row of Axon's event table ({@code domain_event_entry}) exactly as stored: texts as the database returns them,
 * payload and metadata as their bytes (JSON written by the application's serializer). Nothing is parsed to seal or
 * verify it, so what is verified is what a rebuild would read.
 *
 * @param aggregateType   null for an event that belongs to no aggregate
 * @param payloadRevision null when the payload type has no revision
 * @param metaData        null when the event carries none
 */
public record EventRow(long globalIndex, String eventId, String aggregateType, String aggregateId,
                       long sequenceNumber, String timeStamp, String payloadType, String payloadRevision,
                       byte[] payload, byte[] metaData) {
}
