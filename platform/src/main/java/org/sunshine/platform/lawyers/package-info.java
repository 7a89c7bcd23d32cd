/**
 * Lawyer services (律师服务, issue 18): a lawyer's identity verified once by 案管, case bindings that are
 * access grants (辩护人/诉讼代理人, two per party at most), and requests on a bound case — file review on
 * site or online (预约阅卷), meetings, hearings of opinion, evidence, compulsory measures — each a
 * small state machine with the deadline the rules set, a staff queue sorted by time left, reminders
 * that climb, pushes to the lawyer on every decision, and complaints of obstruction with their
 * ten-day clock.
 */
@ApplicationModule(
    displayName = "Lawyer services",
    allowedDependencies = {
      "access",
      "approval",
      "audit",
      "cases",
      "infrastructure",
      "notifications",
      "organisation",
      "texts"
    })
package org.sunshine.platform.lawyers;

import org.springframework.modulith.ApplicationModule;
