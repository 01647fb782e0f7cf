package com.pilotledger.app.web;

import com.pilotledger.api.capital.CapitalView;
import com.pilotledger.api.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetBarTest {

    @Test
    void frozenIsDrawnInsideCommittedSoTheBarAddsUpToTheBudget() {
        BudgetBar bar = BudgetBar.of(capital("1000", "400", "100", "200"));
        assertThat(bar.running()).isEqualByComparingTo("30");
        assertThat(bar.frozen()).isEqualByComparingTo("10");
        assertThat(bar.reserved()).isEqualByComparingTo("20");
        assertThat(bar.available()).isEqualByComparingTo("40");
        assertThat(bar.running().add(bar.frozen()).add(bar.reserved()).add(bar.available()))
                .isEqualByComparingTo("100");
        assertThat(bar.frozenStart()).isEqualByComparingTo("30");
        assertThat(bar.reservedStart()).isEqualByComparingTo("40");
        assertThat(bar.availableStart()).isEqualByComparingTo("60");
    }

    @Test
    void overBudgetThePartsAreScaledToTheBarAndNothingIsAvailable() {
        BudgetBar bar = BudgetBar.of(capital("1000", "1500", "0", "500"));
        assertThat(bar.running()).isEqualByComparingTo("75");
        assertThat(bar.reserved()).isEqualByComparingTo("25");
        assertThat(bar.available()).isEqualByComparingTo("0");
    }

    @Test
    void withoutABudgetThereIsNoBar() {
        assertThat(BudgetBar.of(new CapitalView(null, usd("0"), usd("0"), usd("0"), usd("0"), List.of(), List.of())))
                .isNull();
    }

    private static CapitalView capital(String budget, String committed, String frozen, String reserved) {
        BigDecimal available = new BigDecimal(budget).subtract(new BigDecimal(committed)).subtract(new BigDecimal(reserved));
        return new CapitalView(usd(budget), usd(committed), usd(frozen), usd(reserved), new Money(available, "USD"),
                List.of(), List.of());
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }
}
