/**
 * Cases: case records imported from the case-management system or recorded by hand, one procedural
 * record per party with its timeline, compulsory measures and the legal deadline (办案期限) computed
 * from the events, and the screening that decides what may be disclosed. Staff see only the cases
 * of their data scope.
 */
@ApplicationModule(
    displayName = "Cases",
    allowedDependencies = {"audit", "infrastructure", "notifications", "organisation", "texts"})
package org.sunshine.platform.cases;

import org.springframework.modulith.ApplicationModule;
