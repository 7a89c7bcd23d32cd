package org.sunshine.platform.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of RULES.md §3 (刑事诉讼法 2018, 国家赔偿法), every one a setting because local rules differ.
 *
 * @param arrestReviewDetainedDays 审查逮捕, suspect detained (art. 91)
 * @param arrestReviewNotDetainedDays 审查逮捕, suspect not detained
 * @param arrestReviewExtendedDays the same, major or complex
 * @param prosecutionReviewMonths 审查起诉 (art. 172)
 * @param prosecutionExtensionDays extension for major or complex cases
 * @param fastTrackDays 认罪认罚 meeting 速裁 conditions
 * @param fastTrackOverOneYearDays the same where the sentence may exceed one year
 * @param supplementaryInvestigationMonths each 退回补充侦查 (art. 175)
 * @param maxReturns returns for supplementary investigation allowed
 * @param appealReviewMonths 二审 review of the file
 * @param stateCompensationMonths 国家赔偿 (art. 23)
 * @param otherMonths 刑事申诉, 民事/行政诉讼监督, 公益诉讼 (local default)
 */
@ConfigurationProperties("sunshine.cases.deadlines")
record DeadlinePolicy(
    Integer arrestReviewDetainedDays,
    Integer arrestReviewNotDetainedDays,
    Integer arrestReviewExtendedDays,
    Integer prosecutionReviewMonths,
    Integer prosecutionExtensionDays,
    Integer fastTrackDays,
    Integer fastTrackOverOneYearDays,
    Integer supplementaryInvestigationMonths,
    Integer maxReturns,
    Integer appealReviewMonths,
    Integer stateCompensationMonths,
    Integer otherMonths) {

  public DeadlinePolicy {
    arrestReviewDetainedDays = or(arrestReviewDetainedDays, 7);
    arrestReviewNotDetainedDays = or(arrestReviewNotDetainedDays, 15);
    arrestReviewExtendedDays = or(arrestReviewExtendedDays, 20);
    prosecutionReviewMonths = or(prosecutionReviewMonths, 1);
    prosecutionExtensionDays = or(prosecutionExtensionDays, 15);
    fastTrackDays = or(fastTrackDays, 10);
    fastTrackOverOneYearDays = or(fastTrackOverOneYearDays, 15);
    supplementaryInvestigationMonths = or(supplementaryInvestigationMonths, 1);
    maxReturns = or(maxReturns, 2);
    appealReviewMonths = or(appealReviewMonths, 1);
    stateCompensationMonths = or(stateCompensationMonths, 2);
    otherMonths = or(otherMonths, 3);
  }

  public static DeadlinePolicy defaults() {
    return new DeadlinePolicy(
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static Integer or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
