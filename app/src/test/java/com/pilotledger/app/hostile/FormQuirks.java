package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * What only a form post can carry: numbers and enum values a browser never sends, a field given twice, binder paths
 * into the form object's class, and bodies that are not form encoding at all.
 */
final class FormQuirks extends FieldInputs {

    @Override
    List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding) {
        // A form carries a nested object (a gap-closure plan) only as its fields, each spoiled on its own.
        if (encoding != WriteEndpoint.Encoding.FORM || field.isObject()) {
            return List.of();
        }
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(Mutation.refusedIfRequired(field, "absent", Body.ABSENT));
        mutations.add(Mutation.refusedIfRequired(field, "empty", ""));
        mutations.add(Mutation.either("given twice", new Body.Literal(
                Body.encode(Scene.validValue(field, encoding).toString()) + "&" + Body.encode(field.path()) + "=second")));
        switch (field.kind()) {
            case DECIMAL -> {
                for (String number : List.of("abc", "1,000.00", "1.000,00", "NaN", "Infinity", "0x10", "1e400", "$1000",
                        "1000 USD")) {
                    mutations.add(Mutation.refused("'" + number + "' for a number", number));
                }
                mutations.add(Mutation.either("Arabic-Indic digits '١٠٠٠' (Java reads them as 1000)", "١٠٠٠"));
            }
            case INTEGER -> List.of("abc", "1.9", "24h", "NaN").forEach(number ->
                    mutations.add(Mutation.refused("'" + number + "' for a whole number", number)));
            case ENUM -> {
                for (String value : List.of("0", "1", "NOT_A_VALUE", field.enumNames().get(0).toLowerCase(), "null")) {
                    mutations.add(Mutation.refused("'" + value + "' for an enum", value));
                }
                mutations.add(Mutation.either("a name with a trailing space (form binding trims it)",
                        field.enumNames().get(0) + " "));
            }
            default -> {
            }
        }
        return mutations;
    }
}
