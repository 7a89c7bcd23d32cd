package org.sunshine.platform.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Gives every page the logged-in staff member ({@code me}, or null) and whether the second factor
 * is switched off, so the console can show a warning.
 */
@ControllerAdvice
class SecurityModelAdvice {

  private final StaffSecurityProperties properties;

  SecurityModelAdvice(StaffSecurityProperties properties) {
    this.properties = properties;
  }

  @ModelAttribute("mfaDisabled")
  boolean mfaDisabled() {
    return !properties.mfaRequired();
  }

  @ModelAttribute("me")
  StaffIdentity me(@AuthenticationPrincipal StaffPrincipal principal) {
    return principal == null ? null : principal.identity();
  }
}
