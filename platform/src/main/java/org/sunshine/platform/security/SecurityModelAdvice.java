package org.sunshine.platform.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateLevel;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Gives every page the logged-in staff member ({@code me}, or null) and whether the second factor
 * is switched off, so the console can show a warning.
 */
@ControllerAdvice
class SecurityModelAdvice {

  private final StaffSecurityProperties properties;
  private final Directory directory;

  SecurityModelAdvice(StaffSecurityProperties properties, Directory directory) {
    this.properties = properties;
    this.directory = directory;
  }

  /**
   * Whether the staff member works at a provincial (or the supreme) procuratorate: whole-node
   * operations (data exchange, the search index) are theirs alone, so the menu offers them only
   * there.
   */
  @ModelAttribute("meAtTop")
  boolean meAtTop(@AuthenticationPrincipal StaffPrincipal principal) {
    return principal != null
        && directory
            .find(principal.identity().unitId())
            .map(u -> u.level().compareTo(ProcuratorateLevel.PROVINCIAL) <= 0)
            .orElse(false);
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
