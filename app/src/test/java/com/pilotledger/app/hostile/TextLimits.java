package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts at, just below and just above each field's limit as the code declares it, far beyond it, in characters of one,
 * two, three and four UTF-8 bytes (the last as surrogate pairs), and blanks. Storage must hold whatever is accepted.
 * Blanks made of no-break and ideographic spaces are arguable: Bean Validation's {@code @NotBlank} sees text in them.
 */
final class TextLimits extends FieldInputs {

    /** Far beyond any limit; a query string stays under the server's 8 KB request line instead. */
    private static final int VERY_LONG = 1_000_000;
    private static final int LONGEST_QUERY = 6_000;

    @Override
    List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding) {
        if (!field.isText()) {
            return List.of();
        }
        List<Mutation> mutations = new ArrayList<>();
        int longest = encoding == WriteEndpoint.Encoding.QUERY ? LONGEST_QUERY : VERY_LONG;
        field.maxLength().ifPresent(limit -> {
            mutations.add(Mutation.either("'x' × " + (limit - 1) + " (just below the limit)", repeat("x", limit - 1)));
            mutations.add(Mutation.either("'x' × " + limit + " (at the limit)", repeat("x", limit)));
            mutations.add(Mutation.refused("'x' × " + (limit + 1) + " (just above the limit)", repeat("x", limit + 1)));
            // Percent-encoded, multi-byte text at a limit of thousands overflows the server's 8 KB request line
            // before the application sees it: only bodies carry it.
            if (encoding != WriteEndpoint.Encoding.QUERY) {
                mutations.add(Mutation.either("'é' × " + limit + " (two-byte characters at the limit)", repeat("é", limit)));
                mutations.add(Mutation.either("'€' × " + limit + " (three-byte characters at the limit)", repeat("€", limit)));
                mutations.add(Mutation.either("'😀' × " + limit / 2 + " (surrogate pairs: the limit in UTF-16 units)",
                        repeat("😀", limit / 2)));
                mutations.add(Mutation.refused("'€' × " + (limit + 1) + " (three-byte characters above the limit)",
                        repeat("€", limit + 1)));
                mutations.add(Mutation.refused("'x' × " + 10 * limit + " (ten times the limit)", repeat("x", 10 * limit)));
            }
        });
        mutations.add(new Mutation("'y' × " + longest + " (very long)", repeat("y", longest),
                field.maxLength().isPresent() ? Expect.REFUSED : Expect.EITHER));
        mutations.add(Mutation.refusedIfRequired(field, "empty text", ""));
        mutations.add(Mutation.refusedIfRequired(field, "only spaces, tabs and line breaks", " \t\r\n "));
        mutations.add(Mutation.either("only no-break and ideographic spaces (blank to a reader, not to @NotBlank)",
                "\u00A0\u3000"));
        return mutations;
    }
}
