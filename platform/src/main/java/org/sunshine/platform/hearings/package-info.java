/**
 * Hearings and open days (公开听证 / 检察开放日): the public joins what a procuratorate does in the open. A
 * unit schedules open days (RULES §7: a provincial procuratorate at least once a year, municipal
 * and county ones at least twice) and the public books seats; a unit schedules public hearings of a
 * case (公开审查, 公开听证, 公开答复, 检察宣告), draws 人民监督员 at random from its roster, admits observers and
 * publishes the outcome in public wording. Every message goes through notifications; every look at
 * a visitor's personal data is audited.
 */
@ApplicationModule(
    displayName = "Hearings and open days",
    allowedDependencies = {
      "access",
      "audit",
      "cases",
      "infrastructure",
      "notifications",
      "organisation",
      "texts"
    })
package org.sunshine.platform.hearings;

import org.springframework.modulith.ApplicationModule;
