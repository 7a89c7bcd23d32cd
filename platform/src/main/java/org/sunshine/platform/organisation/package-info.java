/**
 * Organisation: the procuratorate hierarchy (supreme → provincial → municipal → county),
 * departments, case teams and staff accounts with their roles and data scope. Other modules ask it
 * which units a staff member may see.
 */
@ApplicationModule(
    displayName = "Organisation",
    allowedDependencies = {"texts"})
package org.sunshine.platform.organisation;

import org.springframework.modulith.ApplicationModule;
