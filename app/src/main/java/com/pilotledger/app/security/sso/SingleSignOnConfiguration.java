package com.pilotledger.app.security.sso;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Single sign-on, wired only when {@code pilot-ledger.sso.issuer-uri} is set: the client registration from the
 * provider's discovery document (read at start-up, so a wrong issuer stops the start at once) and the decoder that
 * checks bearer tokens against the provider's keys.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "pilot-ledger.sso", name = "issuer-uri")
class SingleSignOnConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrations(SingleSignOnProperties sso) {
        if (isBlank(sso.clientId()) || isBlank(sso.clientSecret())) {
            throw new IllegalStateException("Single sign-on needs pilot-ledger.sso.client-id and client-secret beside "
                    + "pilot-ledger.sso.issuer-uri (docs/sso.md)");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(sso.issuerUri())
                .registrationId(SingleSignOn.REGISTRATION)
                .clientName(sso.providerName())
                .clientId(sso.clientId())
                .clientSecret(sso.clientSecret())
                .scope(sso.scopes())
                .userNameAttributeName(sso.usernameClaim())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /**
     * Signature (the provider's published keys, refreshed when it rotates them), issuer, expiry within the clock skew
     * and, when configured, the audience.
     */
    @Bean
    JwtDecoder bearerTokens(SingleSignOnProperties sso) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(sso.issuerUri()).build();
            List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(
                    new JwtTimestampValidator(sso.clockSkew()), new JwtIssuerValidator(sso.issuerUri())));
            if (!isBlank(sso.audience())) {
                checks.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(sso.audience())));
            }
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
            return decoder;
        });
    }

    @Bean
    SingleSignOn singleSignOn(SingleSignOnProperties sso, ClientRegistrationRepository clientRegistrations,
                              JwtDecoder bearerTokens) {
        return new SingleSignOn(sso, clientRegistrations, bearerTokens);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
