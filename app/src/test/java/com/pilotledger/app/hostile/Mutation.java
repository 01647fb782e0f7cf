package com.pilotledger.app.hostile;

/** A spoilt value for one field (text, a {@link Body.Literal}, null, or {@link Body#ABSENT}) and what it deserves. */
record Mutation(String description, Object value, Expect expect) {

    static Mutation refused(String description, Object value) {
        return new Mutation(description, value, Expect.REFUSED);
    }

    static Mutation either(String description, Object value) {
        return new Mutation(description, value, Expect.EITHER);
    }

    /** Refused when the field must be given, otherwise arguable: for blanks, nulls and absent fields. */
    static Mutation refusedIfRequired(InputField field, String description, Object value) {
        return new Mutation(description, value, field.required() ? Expect.REFUSED : Expect.EITHER);
    }
}
