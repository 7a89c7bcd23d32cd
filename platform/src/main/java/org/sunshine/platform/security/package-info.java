/**
 * Security: staff login with Argon2 password hashes, lockout after repeated failures, a TOTP second
 * factor with recovery codes, login rate limits, CSRF and strict security headers. Public pages
 * need no login; everything under {@code /console} does.
 */
@ApplicationModule(
    displayName = "Security",
    allowedDependencies = {"audit", "infrastructure", "organisation"})
package org.sunshine.platform.security;

import org.springframework.modulith.ApplicationModule;
