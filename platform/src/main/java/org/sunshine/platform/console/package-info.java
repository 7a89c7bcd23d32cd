/**
 * Console: the staff workspace (dashboard with the user's unit, role and tasks; account management
 * for administrators; my profile). Every page lives under {@code /console} and needs a staff login.
 */
@ApplicationModule(
    displayName = "Staff console",
    allowedDependencies = {
      "approval",
      "audit",
      "cases",
      "documents",
      "organisation",
      "security",
      "texts"
    })
package org.sunshine.platform.console;

import org.springframework.modulith.ApplicationModule;
