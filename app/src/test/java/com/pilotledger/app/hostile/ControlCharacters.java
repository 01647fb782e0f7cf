package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * Control characters inside text: the C0 and C1 controls (U+0000 first) are refused; tab and line breaks belong in
 * long texts; format characters (bidi override, zero width, BOM, line separator) must at least do no harm. A raw,
 * unescaped control character makes the JSON itself invalid.
 */
final class ControlCharacters extends FieldInputs {

    private static final char[] REFUSED = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9F};
    private static final char[] HARMLESS = {'\t', '\n', '\r', 0x200B, 0x202E, 0x2028, 0xFEFF};

    @Override
    List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding) {
        if (!field.isText()) {
            return List.of();
        }
        List<Mutation> mutations = new ArrayList<>();
        for (char c : REFUSED) {
            mutations.add(Mutation.refused(name(c) + " inside the text", "before" + c + "after"));
        }
        mutations.add(Mutation.refused("U+0000 alone", "\u0000"));
        for (char c : HARMLESS) {
            mutations.add(Mutation.either(name(c) + " inside the text", "before" + c + "after"));
        }
        if (encoding == WriteEndpoint.Encoding.JSON) {
            mutations.add(Mutation.refused("raw (unescaped) U+0001 in the JSON string",
                    new Body.Literal("\"before\u0001after\"")));
            mutations.add(Mutation.refused("raw (unescaped) line feed in the JSON string",
                    new Body.Literal("\"before\nafter\"")));
        }
        return mutations;
    }

    private static String name(char c) {
        return String.format("U+%04X", (int) c);
    }
}
