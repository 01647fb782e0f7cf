package com.pilotledger.app.hostile;

import java.util.List;

import static com.pilotledger.app.hostile.Body.Literal;

/**
 * Instants far in the past and the future, at the edges of what Java and the databases hold, malformed or without
 * a zone. A reading may be from the past, never the future; none may be outside a sane range.
 */
final class FarInstants extends FieldInputs {

    @Override
    List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding) {
        if (field.kind() != InputField.Kind.INSTANT) {
            return List.of();
        }
        return List.of(
                Mutation.refused("the year -1,000,000,000 (Instant.MIN)", "-1000000000-01-01T00:00:00Z"),
                Mutation.refused("the year 1,000,000,000 (Instant.MAX)", "+1000000000-12-31T23:59:59.999999999Z"),
                Mutation.refused("the year 0", "0000-01-01T00:00:00Z"),
                Mutation.refused("before the year 1", "-0001-12-31T23:59:59Z"),
                Mutation.either("the epoch", "1970-01-01T00:00:00Z"),
                Mutation.either("the year 1900", "1900-01-01T00:00:00Z"),
                Mutation.refused("the year 2100, in the future", "2100-01-01T00:00:00Z"),
                Mutation.refused("the year 9999, in the future", "9999-12-31T23:59:59Z"),
                Mutation.refused("the 30th of February", "2024-02-30T00:00:00Z"),
                Mutation.refused("no zone", "2024-01-01T00:00:00"),
                Mutation.refused("a date only", "2024-01-01"),
                Mutation.either("an offset instead of Z", "2024-01-01T00:00:00+14:00"),
                Mutation.refused("epoch seconds of the year -1,000,000,000", new Literal("-31557014167219200")),
                Mutation.refused("epoch seconds 1e20", new Literal("1e20")),
                Mutation.refused("twelve fraction digits", "2024-01-01T00:00:00.123456789123Z"));
    }
}
