package com.pilotledger.app.security;

import com.pilotledger.app.security.sso.SingleSignOn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call what. The whole access policy of the API is here, in one place: executives and portfolio managers
 * authorize and approve (how much each may decide is data: the approval limits), portfolio managers register, pause
 * and kill and assign pilot owners, pilot owners (for the pilots they own, the pilot's own rule) and portfolio managers
 * record signals, administrators set the budget and decision rights
 * and see and retry parked events, administrators propose and activate readiness policy versions, everyone signed in
 * reads, and auditors only read; auditors and administrators export the whole event store, download evidence packs and
 * run the verification; every role but pilot owners asks what a policy version would have changed (what-if).
 * Monitoring systems (and pilot owners and portfolio managers, who may backfill by hand) send production metric
 * points; a monitoring system does nothing else: it reads no view and opens no page.
 * Gate reviews: portfolio managers convene and conclude them; a portfolio manager or an executive records each
 * stakeholder role's assessment on behalf of the person named in it (the event keeps both); pilot owners and
 * portfolio managers record a gap-closure plan as completed.
 * Notifications: administrators manage the webhook subscriptions; every person chooses the kinds they receive.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Where a sign-in the throttle refused is forwarded, to be answered 429 with the login page. */
    public static final String THROTTLED_SIGN_IN = "/login/throttled";

    private static final String EXECUTIVE = Role.EXECUTIVE.name();
    private static final String PORTFOLIO_MANAGER = Role.PORTFOLIO_MANAGER.name();
    private static final String PILOT_OWNER = Role.PILOT_OWNER.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String MONITOR = Role.MONITOR.name();
    /** Everyone but a monitoring system: the people who read the ledger. */
    private static final String[] PEOPLE = {EXECUTIVE, PORTFOLIO_MANAGER, PILOT_OWNER, AUDITOR, ADMINISTRATOR};
    /**
     * Who reads what a decider saw and asks what a policy version would have changed: the capital, the approval limits
     * in force and the portfolio's decisions are not for pilot owners.
     */
    private static final String[] DECISION_READERS = {AUDITOR, PORTFOLIO_MANAGER, EXECUTIVE, ADMINISTRATOR};

    /**
     * Actuator: the probes (health, liveness, readiness) are public, so a load balancer or an orchestrator can ask
     * without credentials, and show only a status; their details (processors, parked events, rebuild progress) and
     * the Prometheus metrics are for administrators, over HTTP Basic like the API (application.yml, management.*).
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, ProblemResponses problems,
                                   ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
        http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .anyRequest().hasRole(ADMINISTRATOR));
        singleSignOn.ifAvailable(sso -> sso.acceptBearerTokens(http, problems.bearerRefused()));
        return statelessBasic(http, problems).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // The index only points to the endpoints and the public OpenAPI document.
                        .requestMatchers(HttpMethod.GET, "/api").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/pilots").hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/signals").hasAnyRole(PILOT_OWNER, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/checklist").hasAnyRole(PILOT_OWNER, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/metrics")
                        .hasAnyRole(MONITOR, PILOT_OWNER, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.PUT, "/api/pilots/*/metrics/*/thresholds").hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.PUT, "/api/pilots/*/owners/*").hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.DELETE, "/api/pilots/*/owners/*").hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/authorizations", "/api/approvals/*/approve",
                                "/api/approvals/*/reject").hasAnyRole(EXECUTIVE, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/approvals").hasAnyRole(EXECUTIVE, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/gate-reviews", "/api/pilots/*/gate-reviews/*/conclusion")
                        .hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/gate-reviews/*/assessments")
                        .hasAnyRole(PORTFOLIO_MANAGER, EXECUTIVE)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/gap-closure-plans/*/completion")
                        .hasAnyRole(PORTFOLIO_MANAGER, PILOT_OWNER)
                        .requestMatchers(HttpMethod.PUT, "/api/capital/**", "/api/decision-rights/**")
                        .hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.DELETE, "/api/decision-rights/**").hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.POST, "/api/policy/versions", "/api/policy/versions/*/activation")
                        .hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.GET, "/api/policy/versions/*/what-if").hasAnyRole(DECISION_READERS)
                        .requestMatchers("/api/dead-letters/**").hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.POST, "/api/operations/backups").hasRole(ADMINISTRATOR)
                        .requestMatchers("/api/webhooks", "/api/webhooks/**").hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.PUT, "/api/me/notifications").hasAnyRole(PEOPLE)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/pause", "/api/pilots/*/kill",
                                "/api/pilots/*/ninety-day-review").hasAnyRole(PORTFOLIO_MANAGER, EXECUTIVE)
                        .requestMatchers(HttpMethod.GET, "/api/audit/export.csv", "/api/audit/export.jsonl",
                                "/api/audit/evidence-pack").hasAnyRole(AUDITOR, ADMINISTRATOR)
                        .requestMatchers(HttpMethod.POST, "/api/integrity/verification").hasAnyRole(AUDITOR, ADMINISTRATOR)
                        .requestMatchers(HttpMethod.GET, "/api/pilots/*/decisions/context", "/api/audit/decisions/*/context")
                        .hasAnyRole(DECISION_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(PEOPLE)
                        .anyRequest().denyAll());
        singleSignOn.ifAvailable(sso -> sso.acceptBearerTokens(http, problems.bearerRefused()));
        return statelessBasic(http, problems).build();
    }

    /**
     * HTTP Basic on every request, refusals as problem bodies, no session. A stateless client authenticated on every
     * request carries no session cookie to forge, so there is no CSRF token to check.
     */
    private static HttpSecurity statelessBasic(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                // JSON only: nothing in an answer may load, run or frame anything.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /**
     * The API's description and Swagger UI: public, without a session. Swagger UI's bundle applies an inline style of its
     * own (refused under the pages' policy, see the browser test), so its pages get their own policy that allows inline
     * styles, never inline scripts.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDescription(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The web pages: a login form and a session, with CSRF protection on every form. The same users and roles as the
     * API; a page offers only the actions the role may take, and these rules refuse the rest even when posted
     * directly. Sign-ins the throttle holds back are answered 429 on the login page itself.
     * <p>
     * Every script and style comes from the application itself (htmx and Chart.js from WebJars, charts drawn from
     * data attributes), so the policy allows nothing inline; {@code data:} images are the empty favicon.
     * With single sign-on, the login page also offers the provider's sign-in, and forms may lead to the provider
     * (signing out ends its session).
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
        String formTargets = singleSignOn.stream().map(sso -> " " + sso.providerOrigin()).findFirst().orElse("");
        singleSignOn.ifAvailable(sso -> sso.signIn(http));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", THROTTLED_SIGN_IN, "/error", "/css/**", "/js/**", "/webjars/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/audit.csv", "/audit/evidence-pack")
                        .hasAnyRole(AUDITOR, ADMINISTRATOR)
                        .requestMatchers(HttpMethod.POST, "/audit/verification").hasAnyRole(AUDITOR, ADMINISTRATOR)
                        .requestMatchers(HttpMethod.GET, "/audit/decisions/*").hasAnyRole(DECISION_READERS)
                        .requestMatchers(HttpMethod.POST, "/pilots").hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/owners", "/pilots/*/owners/*/removal")
                        .hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/signals").hasAnyRole(PILOT_OWNER, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/checklist").hasAnyRole(PILOT_OWNER, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/authorizations", "/approvals/*/approve",
                                "/approvals/*/reject").hasAnyRole(EXECUTIVE, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/pause", "/pilots/*/kill",
                                "/pilots/*/ninety-day-review").hasAnyRole(PORTFOLIO_MANAGER, EXECUTIVE)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/gate-reviews", "/pilots/*/gate-reviews/*/conclusion")
                        .hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/gate-reviews/*/assessments")
                        .hasAnyRole(PORTFOLIO_MANAGER, EXECUTIVE)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/gap-closure-plans/*/completion")
                        .hasAnyRole(PORTFOLIO_MANAGER, PILOT_OWNER)
                        .requestMatchers("/dead-letters/**").hasRole(ADMINISTRATOR)
                        .requestMatchers("/webhooks", "/webhooks/**").hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.POST, "/me/notifications").hasAnyRole(PEOPLE)
                        .requestMatchers(HttpMethod.POST, "/policy/versions", "/policy/versions/*/activation")
                        .hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.GET, "/policy/*/what-if").hasAnyRole(DECISION_READERS)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(PEOPLE)
                        .anyRequest().denyAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(new DelegatingAuthenticationFailureHandler(
                                new LinkedHashMap<>(Map.of(SignInThrottledException.class,
                                        new ForwardAuthenticationFailureHandler(THROTTLED_SIGN_IN))),
                                new SimpleUrlAuthenticationFailureHandler("/login?error")))
                        .permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'" + formTargets
                                + "; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .build();
    }

    /** The firewall's refusals (for pages too) answer with a problem body, never a stack trace or an empty 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems.rejected();
    }

    /** Hashes in the delegating format ({@code {bcrypt}...}); a verified password is remembered, not re-hashed. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * The one way to sign in, for the login form and HTTP Basic: the configured users' passwords, checked only when
     * the throttle lets the attempt through.
     */
    @Bean
    AuthenticationProvider signIn(LedgerUsers ledgerUsers, PasswordEncoder passwordEncoder, SignInLimits limits,
                                  Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                ledgerUsers.users().stream()
                        .map(user -> User.withUsername(user.username())
                                .password(user.passwordHash())
                                .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                                .build())
                        .toList()));
        passwords.setPasswordEncoder(passwordEncoder);
        Set<String> usernames = ledgerUsers.users().stream().map(LedgerUsers.User::username).collect(Collectors.toSet());
        return new ThrottledAuthenticationProvider(passwords, new SignInThrottle(limits, usernames, clock));
    }
}
