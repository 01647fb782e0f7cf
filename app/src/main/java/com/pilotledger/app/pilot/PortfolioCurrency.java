package com.pilotledger.app.pilot;

import com.pilotledger.api.money.Money;
import com.pilotledger.app.problem.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The one currency the portfolio is kept in; capital in any other currency is refused at the edge. */
@Component
public class PortfolioCurrency {

    private final String code;

    public PortfolioCurrency(@Value("${pilot-ledger.portfolio.currency:USD}") String code) {
        this.code = code;
    }

    public Money money(MoneyRequest request, String field) {
        if (!code.equals(request.currency())) {
            throw new InvalidRequestException(field + ".currency", "must be " + code + ", the portfolio currency");
        }
        return new Money(request.amount(), request.currency());
    }
}
