/**
 * Accountability (问责与统计): a ledger with one entry per legal document that became due, kept from the
 * documents and publication events after commit and rebuildable from the documents facade; the
 * monthly plan frozen on the 1st; completion and on-time rates per unit (rolled up through the
 * hierarchy), type, department and handler, every figure opening the documents behind it; the
 * monthly report (实名通报) through approval, with disputes corrected in the next report.
 */
@ApplicationModule(
    displayName = "Statistics",
    allowedDependencies = {
      "approval",
      "audit",
      "cases",
      "documents",
      "lawyers",
      "notifications",
      "organisation",
      "petitions",
      "publication",
      "texts"
    })
package org.sunshine.platform.statistics;

import org.springframework.modulith.ApplicationModule;
