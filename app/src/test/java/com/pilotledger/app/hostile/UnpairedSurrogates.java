package com.pilotledger.app.hostile;

import java.util.List;

/**
 * Halves of UTF-16 surrogate pairs without their other half: JSON can escape them, UTF-8 cannot encode them (a form
 * carries their CESU-8 bytes, which are not UTF-8). Storage must not turn them into an error or a silent '?'.
 */
final class UnpairedSurrogates extends FieldInputs {

    @Override
    List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding) {
        if (!field.isText()) {
            return List.of();
        }
        if (encoding == WriteEndpoint.Encoding.JSON) {
            return List.of(
                    Mutation.either("escaped high surrogate alone (\\ud800)", new Body.Literal("\"a\\ud800b\"")),
                    Mutation.either("escaped low surrogate alone (\\udfff)", new Body.Literal("\"a\\udfffb\"")),
                    Mutation.either("escaped high surrogate at the end", new Body.Literal("\"abc\\udbff\"")),
                    Mutation.either("escaped pair in the wrong order", new Body.Literal("\"\\udc00\\ud800\"")));
        }
        return List.of(Mutation.either("CESU-8 bytes of a lone surrogate (%ED%A0%80)", new Body.Literal("a%ED%A0%80b")),
                Mutation.either("byte 0xFF, never UTF-8 (%FF)", new Body.Literal("a%FFb")),
                Mutation.either("overlong NUL (%C0%80)", new Body.Literal("a%C0%80b")));
    }
}
