package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers at the edges: beyond double (1e400), beyond long (10^20), a thousand digits, many decimals, negative zero,
 * negative and zero money, and a whole number's declared range (min − 1, min, max, max + 1, beyond int and long).
 */
final class ExtremeNumbers extends FieldInputs {

    @Override
    List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding) {
        return switch (field.kind()) {
            case DECIMAL -> decimals(field, encoding);
            case INTEGER -> wholeNumbers(field, encoding);
            default -> List.of();
        };
    }

    private static List<Mutation> decimals(InputField field, WriteEndpoint.Encoding encoding) {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(Mutation.refused("1e400, beyond double", number("1e400", encoding)));
        mutations.add(Mutation.refused("-1e400", number("-1e400", encoding)));
        mutations.add(Mutation.refused("1e-400, beyond double's precision", number("1e-400", encoding)));
        mutations.add(Mutation.refused("10^20, beyond long", number("100000000000000000000", encoding)));
        mutations.add(Mutation.refused("1e20 in exponent form", number("1e20", encoding)));
        mutations.add(Mutation.refused("a thousand and one digits", number("9".repeat(1001), encoding)));
        mutations.add(Mutation.refused("twenty decimals", number("0.12345678901234567890", encoding)));
        mutations.add(Mutation.either("-0", number("-0", encoding)));
        mutations.add(Mutation.either("1E+3 in exponent form", number("1E+3", encoding)));
        mutations.add(Mutation.either("the largest amount the code declares (15 digits, 2 decimals)",
                number("999999999999999.99", encoding)));
        if (field.isMoney()) {
            boolean requestedCapital = field.path().startsWith("requestedCapital");
            mutations.add(Mutation.refused("negative money (-1000.00)", number("-1000.00", encoding)));
            mutations.add(Mutation.refused("negative money of one cent", number("-0.01", encoding)));
            mutations.add(new Mutation("zero money", number("0", encoding),
                    requestedCapital ? Expect.REFUSED : Expect.EITHER));
            mutations.add(Mutation.refused("a tenth of a cent", number("0.001", encoding)));
        } else {
            mutations.add(Mutation.either("a negative measurement", number("-0.42", encoding)));
        }
        return mutations;
    }

    private static List<Mutation> wholeNumbers(InputField field, WriteEndpoint.Encoding encoding) {
        List<Mutation> mutations = new ArrayList<>();
        field.minimum().ifPresent(min -> {
            mutations.add(Mutation.refused("the minimum − 1 (" + (min - 1) + ")", number(Long.toString(min - 1), encoding)));
            mutations.add(Mutation.either("the minimum (" + min + ")", number(Long.toString(min), encoding)));
        });
        field.maximum().ifPresent(max -> {
            mutations.add(Mutation.either("the maximum (" + max + ")", number(Long.toString(max), encoding)));
            mutations.add(Mutation.refused("the maximum + 1 (" + (max + 1) + ")", number(Long.toString(max + 1), encoding)));
        });
        mutations.add(Mutation.refused("2^31, beyond int", number("2147483648", encoding)));
        mutations.add(Mutation.refused("-2^31 - 1", number("-2147483649", encoding)));
        mutations.add(Mutation.refused("2^63, beyond long", number("9223372036854775808", encoding)));
        mutations.add(Mutation.refused("1e400", number("1e400", encoding)));
        mutations.add(Mutation.refused("-1", number("-1", encoding)));
        mutations.add(new Mutation("-0", number("-0", encoding),
                field.minimum().orElse(0) > 0 ? Expect.REFUSED : Expect.EITHER));
        return mutations;
    }

    /** A number as JSON writes it, or as form text (a literal in a form would go in unencoded). */
    private static Object number(String text, WriteEndpoint.Encoding encoding) {
        return encoding == WriteEndpoint.Encoding.JSON ? new Body.Literal(text) : text;
    }
}
