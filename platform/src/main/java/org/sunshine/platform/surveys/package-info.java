/**
 * Satisfaction survey (满意度调查, seed 003, issue 20): on a set day each month the parties, defence
 * lawyers and key witnesses of the cases concluded in the month before are asked by SMS — never a
 * minor, a 举报人, someone who opted out or was asked about the case already — to rate 执法程序、执法能力、
 * 执法文明、廉洁执法, by reply or on a one-time web form. A 不满意 opens a follow-up for the unit due in two
 * working days; results are counts and rates per unit (rolled up) and department that never name a
 * respondent.
 */
@ApplicationModule(
    displayName = "Surveys",
    allowedDependencies = {
      "access",
      "audit",
      "cases",
      "infrastructure",
      "notifications",
      "organisation",
      "petitions",
      "texts"
    })
package org.sunshine.platform.surveys;

import org.springframework.modulith.ApplicationModule;
