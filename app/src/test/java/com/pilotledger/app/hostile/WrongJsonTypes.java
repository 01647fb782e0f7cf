package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;

import static com.pilotledger.app.hostile.Body.Literal;

/**
 * JSON of the wrong type for each field: booleans, numbers, arrays and objects for text; text for numbers; a float
 * where a whole number is meant; enum ordinals and unknown or lower-case names; null and absent fields. Strict JSON
 * coerces none of them.
 */
final class WrongJsonTypes extends FieldInputs {

    @Override
    List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding) {
        if (encoding != WriteEndpoint.Encoding.JSON) {
            return List.of();
        }
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(Mutation.refusedIfRequired(field, "null", null));
        mutations.add(Mutation.refusedIfRequired(field, "absent", Body.ABSENT));
        // For a set of values an empty array is a value (a policy version may gate on no domain); its rules decide.
        mutations.add(field.many() ? Mutation.either("an empty array", new Literal("[]"))
                : Mutation.refused("an empty array", new Literal("[]")));
        mutations.add(Mutation.refused("an array of a valid value", new Literal("[" + validJson(field) + "]")));
        mutations.add(Mutation.refused("an object with the value inside",
                new Literal("{\"value\":" + validJson(field) + "}")));
        switch (field.kind()) {
            case TEXT -> {
                mutations.add(Mutation.refused("boolean true for text", new Literal("true")));
                mutations.add(Mutation.refused("number 42 for text", new Literal("42")));
                mutations.add(Mutation.refused("number 4.2e1 for text", new Literal("4.2e1")));
                mutations.add(Mutation.refused("an empty object for text", new Literal("{}")));
            }
            case DECIMAL -> {
                mutations.add(Mutation.refused("words for a number", "a thousand"));
                mutations.add(Mutation.either("the number as text", "1000.00"));
                mutations.add(Mutation.refused("boolean for a number", new Literal("false")));
                mutations.add(Mutation.refused("empty text for a number", ""));
            }
            case INTEGER -> {
                mutations.add(Mutation.refused("a float for a whole number", new Literal("1.9")));
                mutations.add(Mutation.either("a whole float (24.0) for a whole number", new Literal("24.0")));
                mutations.add(Mutation.either("the number as text", "24"));
                mutations.add(Mutation.refused("words for a whole number", "a day"));
                mutations.add(Mutation.refused("boolean for a whole number", new Literal("true")));
            }
            case ENUM -> {
                mutations.add(Mutation.refused("the ordinal 0 of the enum", new Literal("0")));
                mutations.add(Mutation.refused("the ordinal 1 of the enum as text", "1"));
                mutations.add(Mutation.refused("an unknown name", "NOT_A_" + field.name().toUpperCase()));
                mutations.add(Mutation.refused("a lower-case name", field.enumNames().get(0).toLowerCase()));
                // Jackson trims an enum's name as the forms' binding does: it becomes that very value, never another
                mutations.add(Mutation.either("a name with a trailing space (trimmed to the name)",
                        field.enumNames().get(0) + " "));
                mutations.add(Mutation.refused("empty text for an enum", ""));
                mutations.add(Mutation.refused("boolean for an enum", new Literal("true")));
            }
            case DATE -> {
                mutations.add(Mutation.refused("words for a date", "tomorrow"));
                mutations.add(Mutation.refused("the 30th of February", "2099-02-30"));
                mutations.add(Mutation.refused("boolean for a date", new Literal("true")));
            }
            case INSTANT -> {
                mutations.add(Mutation.refused("words for an instant", "yesterday"));
                mutations.add(Mutation.either("epoch seconds as a number", new Literal("1577836800")));
                mutations.add(Mutation.refused("boolean for an instant", new Literal("true")));
            }
            case OBJECT -> {
                mutations.add(Mutation.refused("text for an object", "1000 USD"));
                mutations.add(Mutation.refused("number for an object", new Literal("1000")));
                mutations.add(Mutation.refused("an empty object", new Literal("{}")));
            }
        }
        return mutations;
    }

    private static String validJson(InputField field) {
        return field.isObject() ? "{}" : Body.json(Scene.validValue(field, WriteEndpoint.Encoding.JSON));
    }
}
