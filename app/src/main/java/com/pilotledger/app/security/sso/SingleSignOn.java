package com.pilotledger.app.security.sso;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.net.URI;

/**
 * Sign-in through the organization's OpenID Connect provider, for the pages (authorization code flow with PKCE, and
 * sign-out that ends the provider's session too) and for the API (bearer JWTs the provider signed). Present only when
 * an issuer is configured; SecurityConfiguration adds it to its filter chains beside the local users.
 */
public final class SingleSignOn {

    /** The registration's id, in the sign-in address and the redirect URI registered at the provider. */
    public static final String REGISTRATION = "sso";
    /** Where the login page's "Sign in with ..." link starts the authorization code flow. */
    public static final String SIGN_IN = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/" + REGISTRATION;

    private final SingleSignOnProperties properties;
    private final ClientRegistrationRepository registrations;
    private final JwtDecoder tokens;
    private final ProviderIdentity identity;
    private final OidcUserService users = new OidcUserService();

    SingleSignOn(SingleSignOnProperties properties, ClientRegistrationRepository registrations, JwtDecoder tokens) {
        this.properties = properties;
        this.registrations = registrations;
        this.tokens = tokens;
        this.identity = new ProviderIdentity(properties);
    }

    public String providerName() {
        return properties.providerName();
    }

    /**
     * The provider's origin, for the pages' {@code form-action}: signing out posts a form that the application answers
     * with a redirect to the provider's end-session endpoint, and browsers check form-action on that redirect too
     * (Chromium stops there without it: the Keycloak suite's sign-out fails).
     */
    public String providerOrigin() {
        URI issuer = URI.create(properties.issuerUri());
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    /** The API (and the operations endpoints) also take the provider's access tokens. */
    public void acceptBearerTokens(HttpSecurity http, AuthenticationEntryPoint refused) {
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(this::bearer))
                .authenticationEntryPoint(refused));
    }

    /**
     * The pages offer "Sign in with ..." next to the login form; a refused identity comes back to the login page with
     * the reason, any other failure at the provider with a general message.
     */
    public void signIn(HttpSecurity http) {
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // PKCE for a confidential client too: a stolen authorization code is worthless without the verifier.
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
        // A local user's sign-out has no provider session to end.
        signedOut.setDefaultTargetUrl("/login?signedOut");
        http
                .oauth2Login(login -> login
                        .loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(requests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::oidcUser))
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + (failure instanceof IdentityRefusedException refused
                                        ? "/login?refused=" + refused.reason() : "/login?providerError"))))
                .logout(logout -> logout.logoutSuccessHandler(signedOut));
    }

    private JwtAuthenticationToken bearer(Jwt token) {
        ProviderIdentity.Signed signed = identity.read(token.getClaims());
        return new JwtAuthenticationToken(token, signed.authorities(), signed.username());
    }

    private OidcUser oidcUser(OidcUserRequest request) {
        OidcUser user = users.loadUser(request);
        ProviderIdentity.Signed signed = identity.read(user.getClaims());
        return new DefaultOidcUser(signed.authorities(), user.getIdToken(), user.getUserInfo(),
                properties.usernameClaim());
    }
}
