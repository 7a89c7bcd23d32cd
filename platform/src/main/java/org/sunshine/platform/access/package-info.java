/**
 * Access: the procedural-information query (案件程序性信息查询). Applicants sign in with their mobile number
 * and a one-time code, apply with materials, 案管 verifies (at the handling unit, or at the
 * applicant's home county first), and a grant to one party's record of one case is issued with a
 * 查询码. The record is then followed on the web, by the JSON API, at the service hall's kiosk, or by
 * phone and at the window with staff; every look is audited and the person concerned can see who
 * looked.
 */
@ApplicationModule(
    displayName = "Case access",
    allowedDependencies = {
      "audit",
      "cases",
      "infrastructure",
      "notifications",
      "organisation",
      "texts"
    })
package org.sunshine.platform.access;

import org.springframework.modulith.ApplicationModule;
