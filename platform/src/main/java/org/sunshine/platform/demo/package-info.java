/**
 * Demo data: one province (山西) with its cities and counties, departments, case teams and one
 * account per role, loaded once per database when {@code sunshine.demo.enabled} is true, through
 * the same facades staff use.
 */
@ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {
      "access",
      "approval",
      "archives",
      "cases",
      "documents",
      "hearings",
      "infrastructure",
      "lawyers",
      "notifications",
      "organisation",
      "petitions",
      "releases",
      "security",
      "statistics",
      "surveys",
      "texts"
    })
package org.sunshine.platform.demo;

import org.springframework.modulith.ApplicationModule;
