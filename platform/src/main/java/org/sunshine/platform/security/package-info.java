/**
 * Security: staff login with Argon2 password hashes, lockout after repeated failures, a TOTP second
 * factor with recovery codes, login rate limits, CSRF and strict security headers. Public pages
 * need no login; everything under {@code /console} does. New accounts are activated by a link sent
 * through notifications.
 */
@ApplicationModule(
    displayName = "Security",
    allowedDependencies = {"audit", "infrastructure", "notifications", "organisation", "texts"})
package org.sunshine.platform.security;

import org.springframework.modulith.ApplicationModule;
