package com.pilotledger.query.pilot;

import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.HolderKind;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.money.Money;

import java.math.BigDecimal;

/** How an {@link Authority} is kept in two columns: "KIND:name" (e.g. ROLE:EXECUTIVE) and the limit's amount. */
final class Holders {

    private Holders() {
    }

    static String text(Authority authority) {
        return authority == null || authority.holder() == null ? null
                : authority.holder().kind() + ":" + authority.holder().name();
    }

    static BigDecimal limit(Authority authority) {
        return authority == null ? null : authority.limit().amount();
    }

    static Authority authority(String holder, BigDecimal limit, String currency) {
        if (limit == null) {
            return null;
        }
        LimitHolder limitHolder = holder == null ? null
                : new LimitHolder(HolderKind.valueOf(holder.substring(0, holder.indexOf(':'))),
                holder.substring(holder.indexOf(':') + 1));
        return new Authority(limitHolder, new Money(limit, currency));
    }
}
