package com.pilotledger.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may call what. The whole access policy of the API is here, in one place: executives and portfolio managers
 * authorize and approve (how much each may decide is data: the approval limits), portfolio managers register, pause
 * and kill, pilot owners (and portfolio managers) record signals, administrators set the budget and decision rights,
 * everyone signed in reads, and auditors only read.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String EXECUTIVE = Role.EXECUTIVE.name();
    private static final String PORTFOLIO_MANAGER = Role.PORTFOLIO_MANAGER.name();
    private static final String PILOT_OWNER = Role.PILOT_OWNER.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/pilots").hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/signals").hasAnyRole(PILOT_OWNER, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/authorizations", "/api/approvals/*/approve",
                                "/api/approvals/*/reject").hasAnyRole(EXECUTIVE, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/approvals").hasAnyRole(EXECUTIVE, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.PUT, "/api/capital/**", "/api/decision-rights/**")
                        .hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.DELETE, "/api/decision-rights/**").hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.POST, "/api/pilots/*/pause", "/api/pilots/*/kill")
                        .hasAnyRole(PORTFOLIO_MANAGER, EXECUTIVE)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                // A stateless API authenticated on every request carries no session cookie to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The web pages: a login form and a session, with CSRF protection on every form. The same users and roles as the
     * API; a page offers only the actions the role may take, and these rules refuse the rest even when posted
     * directly. The API's description is public.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.POST, "/pilots").hasRole(PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/signals").hasAnyRole(PILOT_OWNER, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/authorizations", "/approvals/*/approve",
                                "/approvals/*/reject").hasAnyRole(EXECUTIVE, PORTFOLIO_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/pilots/*/pause", "/pilots/*/kill")
                        .hasAnyRole(PORTFOLIO_MANAGER, EXECUTIVE)
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .anyRequest().denyAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
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

    @Bean
    UserDetailsService users(LedgerUsers ledgerUsers) {
        return new InMemoryUserDetailsManager(ledgerUsers.users().stream()
                .map(user -> User.withUsername(user.username())
                        .password(user.passwordHash())
                        .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList());
    }
}
