package org.sunshine.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mfaRequired staff must pass a TOTP second factor (等保 level 3); on by default, off only in
 *     the demo profile
 * @param maxFailedAttempts failed passwords or codes in a row before the account is locked
 * @param lockoutDuration how long a lock lasts before it lifts by itself (an administrator can lift
 *     it earlier)
 * @param loginAttemptsPerMinute login and code attempts per minute from one address
 * @param metricsAllowedFrom addresses (CIDR) that may scrape /actuator/prometheus
 * @param kioskAllowedFrom legacy, off by default: addresses (CIDR) recognised as kiosks without a
 *     device credential (ADR 27). Behind a proxy every client has the proxy's address, so only a
 *     deployment without one may use it
 * @param activationValidity how long a new account's activation link works (it works once)
 * @param consoleBaseUrl the address staff reach the console at, for activation links; empty: the
 *     address the administrator's own browser used
 */
@ConfigurationProperties("sunshine.security")
record StaffSecurityProperties(
    Boolean mfaRequired,
    Integer maxFailedAttempts,
    Duration lockoutDuration,
    Integer loginAttemptsPerMinute,
    List<String> metricsAllowedFrom,
    List<String> kioskAllowedFrom,
    Duration activationValidity,
    String consoleBaseUrl) {

  public StaffSecurityProperties {
    mfaRequired = mfaRequired == null || mfaRequired;
    maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
    lockoutDuration = lockoutDuration == null ? Duration.ofMinutes(15) : lockoutDuration;
    loginAttemptsPerMinute = loginAttemptsPerMinute == null ? 20 : loginAttemptsPerMinute;
    metricsAllowedFrom =
        metricsAllowedFrom == null ? List.of("127.0.0.1/32", "::1/128") : metricsAllowedFrom;
    kioskAllowedFrom = kioskAllowedFrom == null ? List.of() : kioskAllowedFrom;
    activationValidity = activationValidity == null ? Duration.ofHours(72) : activationValidity;
  }
}
