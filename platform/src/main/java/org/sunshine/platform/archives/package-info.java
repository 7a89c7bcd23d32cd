/**
 * Archives (立卷与年度报告, seed 001): the quarterly archive package of each unit — everything it
 * disclosed that quarter (published documents, releases, its statistics) as PDF/A files in a ZIP
 * with a SHA-256 manifest, generated on the first working day of the next quarter and on demand,
 * immutable once made (a new generation is a new revision), downloads audited — and the unit's
 * annual 检务公开 report: drafted from the ledger and the other capabilities' figures, edited by 案管,
 * approved, and published on the public site before 31 December, with reminders from 1 December.
 */
@ApplicationModule(
    displayName = "Archives",
    allowedDependencies = {
      "approval",
      "audit",
      "cases",
      "lawyers",
      "notifications",
      "organisation",
      "petitions",
      "publication",
      "statistics",
      "texts"
    })
package org.sunshine.platform.archives;

import org.springframework.modulith.ApplicationModule;
