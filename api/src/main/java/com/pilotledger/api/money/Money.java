package com.pilotledger.api.money;

import java.math.BigDecimal;
import java.util.Objects;

/** An exact amount of money in one currency (ISO 4217 code); never a floating-point number. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public boolean exceedsZero() {
        return amount.signum() > 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }
}
