package com.pilotledger.app.hostile;

import java.util.List;

/** Currencies other than the portfolio's: other real codes, unknown codes, wrong case and length, odd characters. */
final class UnknownCurrencies extends FieldInputs {

    @Override
    List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding) {
        if (!field.isText() || !field.name().equals("currency")) {
            return List.of();
        }
        return List.of(
                Mutation.refused("EUR, a real code but not the portfolio's", "EUR"),
                Mutation.refused("XXX, the code for no currency", "XXX"),
                Mutation.refused("ZZZ, no such code", "ZZZ"),
                Mutation.refused("lower case usd", "usd"),
                Mutation.refused("two letters", "US"),
                Mutation.refused("four letters", "USDD"),
                Mutation.refused("a symbol", "$"),
                Mutation.refused("USD with a trailing space", "USD "),
                Mutation.refused("full-width letters", "ＵＳＤ"),
                Mutation.refused("U+0000 inside the code", "U\u0000D"));
    }
}
