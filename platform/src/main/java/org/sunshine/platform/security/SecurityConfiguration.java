package org.sunshine.platform.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain: public pages are open, {@code /console/**} and {@code /api/console/**} need a
 * staff login (and the second factor when required). Staff modules must put their pages under those
 * prefixes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffSecurityProperties.class)
class SecurityConfiguration {

  /** No inline script or style anywhere: htmx and Bootstrap are loaded from our own origin. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  // Command-line runs (index maintenance, transfer) start without a web server and need no chain.
  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain filterChain(
      HttpSecurity http,
      StaffSecurityProperties properties,
      Credentials credentials,
      KioskDevices kioskDevices)
      throws Exception {
    var kiosks = new KioskRecognition(kioskDevices, properties.kioskAllowedFrom());
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/console/**", "/api/console/**", "/mfa", "/mfa/**")
                    .authenticated()
                    .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .access(fromAddresses(properties.metricsAllowedFrom()))
                    .requestMatchers("/kiosk/documents", "/kiosk/documents/**")
                    .access(kiosks.kioskOnly())
                    .anyRequest()
                    .permitAll())
        // The upstream feed authenticates with a bearer token and carries no cookie: CSRF does not
        // apply to it.
        // Anonymous petition JSON carries no cookie either: the query code and password are its
        // credential.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    "/api/import/**", "/api/v1/petitions/reports", "/api/v1/petitions/track"))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/console", false)
                    .failureUrl("/login?error")
                    .permitAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(f -> f.deny())
                    .addHeaderWriter(
                        new StaticHeadersWriter(
                            "Permissions-Policy", "camera=(), microphone=(), geolocation=()")))
        .addFilterBefore(kiosks, AuthorizationFilter.class)
        .addFilterBefore(
            new LoginRateLimiter(properties.loginAttemptsPerMinute()),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new SecondFactorGate(properties.mfaRequired()), AuthorizationFilter.class)
        .addFilterAfter(new PasswordChangeGate(credentials), SecondFactorGate.class);
    return http.build();
  }

  /** Argon2id for new hashes; bcrypt still verifies, so hashes can migrate if ever imported. */
  @Bean
  PasswordEncoder passwordEncoder() {
    var encoders =
        Map.<String, PasswordEncoder>of(
            "argon2",
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder());
    return new DelegatingPasswordEncoder("argon2", encoders);
  }

  /** Machines (API, actuator) get a plain 401; people are sent to the login page. */
  private static AuthenticationEntryPoint entryPoint() {
    RequestMatcher machines =
        new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
    // Kiosk-only documents on anything but a recognised kiosk: refused, not a login page.
    RequestMatcher kiosk = PathPatternRequestMatcher.withDefaults().matcher("/kiosk/documents/**");
    AuthenticationEntryPoint status = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
    AuthenticationEntryPoint forbidden = new HttpStatusEntryPoint(HttpStatus.FORBIDDEN);
    AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    return (request, response, exception) ->
        (kiosk.matches(request) ? forbidden : machines.matches(request) ? status : login)
            .commence(request, response, exception);
  }

  private static AuthorizationManager<RequestAuthorizationContext> fromAddresses(
      List<String> cidrs) {
    List<IpAddressMatcher> matchers = cidrs.stream().map(IpAddressMatcher::new).toList();
    return (authentication, context) ->
        new AuthorizationDecision(matchers.stream().anyMatch(m -> m.matches(context.getRequest())));
  }
}
