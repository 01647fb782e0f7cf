package com.pilotledger.app;

import com.pilotledger.api.input.FieldLimits;
import com.pilotledger.api.money.Money;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;

/**
 * Money in the API's answers: {@code {"amount": "1200000.00", "currency": "USD"}}, the amount a JSON string holding
 * the exact decimal with two places (the read models' NUMERIC(19, 2)), never a JSON number, which JavaScript and many
 * other clients read as a binary floating-point number and round above 2^53. Requests take the amount as such a string
 * or as a JSON number, read exactly either way ({@code MoneyRequest}). This is Spring MVC's mapper only: how events
 * are stored (Axon's own Jackson 2 mapper) does not change.
 */
@Configuration(proxyBeanMethods = false)
public class MoneyJson {

    public static final String EXAMPLE = "1200000.00";
    public static final String AMOUNT = "An exact decimal with " + FieldLimits.MONEY_FRACTION_DIGITS + " places, as a "
            + "JSON string; requests may send a JSON number instead. More places, or more than "
            + FieldLimits.MONEY_INTEGER_DIGITS + " digits before the point, are refused (400)";

    /** The OpenAPI document says what the serializer below writes (springdoc would describe a BigDecimal as a number). */
    @Bean
    OpenApiCustomizer moneyAmountsAsDecimalStrings() {
        return api -> {
            Schema<?> money = api.getComponents().getSchemas().get(Money.class.getSimpleName());
            if (money != null) {
                money.description("An exact amount of money in one currency").addProperty("amount", amountSchema());
            }
        };
    }

    /** The amount's schema: a decimal written as a string, as every answer writes it. */
    private static StringSchema amountSchema() {
        StringSchema amount = new StringSchema();
        amount.format("decimal").example(EXAMPLE).description(AMOUNT);
        return amount;
    }

    @Bean
    JsonMapperBuilderCustomizer moneyAsExactDecimalStrings() {
        return builder -> builder.addModule(new SimpleModule("money-as-exact-decimal-strings")
                .addSerializer(Money.class, new MoneySerializer()));
    }

    /** The amount as its answers print it: the plain decimal, with at least the currency's two places. */
    private static String amount(BigDecimal amount) {
        return (amount.scale() < FieldLimits.MONEY_FRACTION_DIGITS
                ? amount.setScale(FieldLimits.MONEY_FRACTION_DIGITS) : amount).toPlainString();
    }

    private static final class MoneySerializer extends ValueSerializer<Money> {

        @Override
        public void serialize(Money money, JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject(money);
            generator.writeStringProperty("amount", amount(money.amount()));
            generator.writeStringProperty("currency", money.currency());
            generator.writeEndObject();
        }
    }
}
