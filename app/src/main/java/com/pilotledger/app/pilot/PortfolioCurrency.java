package com.pilotledger.app.pilot;

import com.pilotledger.api.money.Money;
import com.pilotledger.app.problem.InvalidRequestException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one currency the portfolio is kept in ({@code pilot-ledger.portfolio.currency}); capital in any other currency
 * is refused at the edge.
 */
@ConfigurationProperties("pilot-ledger.portfolio")
public record PortfolioCurrency(@DefaultValue("USD") String currency) {

    public Money money(MoneyRequest request, String field) {
        if (!currency.equals(request.currency())) {
            throw new InvalidRequestException(field + ".currency", "must be " + currency + ", the portfolio currency");
        }
        return new Money(request.amount(), request.currency());
    }
}
