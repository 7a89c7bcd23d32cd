package org.sunshine.platform.petitions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings {@code sunshine.petitions.*}; each time limit is written as "7 DAYS", "20 WORKING_DAYS"
 * or "3 MONTHS" (docs/configuration.md).
 *
 * @param proceduralReply 第一百六十一、一百六十三条: accept, transfer or say where to go, and reply
 * @param result 第一百六十三条: a reply on progress or result from the handling department
 * @param followUp 第一百六十三条: after that reply, a follow-up this often until concluded
 * @param lawyerObstruction 律师阻碍执业控告: handled and answered within this
 * @param disclosureRequest 检务公开申请: answered within this
 * @param disclosureExtension 检务公开申请: extension with approval
 * @param nonProsecutionAppealWindow 不服不起诉: appeal within this of service, later is an ordinary 申诉
 * @param noCaseReconsiderationWindow 不立案复议: within this of service
 * @param dueSoonDays the 临期 queue: due within this many days
 * @param lockMinutes how long an officer's hold on a matter lasts without a step
 * @param publicWritesPerMinute filings and tracking attempts per client address per minute
 * @param maxScan the largest scan or attachment accepted
 * @param maxTrackAttempts wrong passwords for one query code before it is locked for half an hour
 */
@ConfigurationProperties("sunshine.petitions")
record PetitionProperties(
    String proceduralReply,
    String result,
    String followUp,
    String lawyerObstruction,
    String disclosureRequest,
    String disclosureExtension,
    String nonProsecutionAppealWindow,
    String noCaseReconsiderationWindow,
    Integer dueSoonDays,
    Integer lockMinutes,
    Integer publicWritesPerMinute,
    DataSize maxScan,
    Integer maxTrackAttempts) {

  PetitionProperties {
    proceduralReply = or(proceduralReply, "7 DAYS");
    result = or(result, "3 MONTHS");
    followUp = or(followUp, "1 MONTHS");
    lawyerObstruction = or(lawyerObstruction, "10 DAYS");
    disclosureRequest = or(disclosureRequest, "20 WORKING_DAYS");
    disclosureExtension = or(disclosureExtension, "20 WORKING_DAYS");
    nonProsecutionAppealWindow = or(nonProsecutionAppealWindow, "7 DAYS");
    noCaseReconsiderationWindow = or(noCaseReconsiderationWindow, "10 DAYS");
    dueSoonDays = dueSoonDays == null ? 2 : dueSoonDays;
    lockMinutes = lockMinutes == null ? 30 : lockMinutes;
    publicWritesPerMinute = publicWritesPerMinute == null ? 5 : publicWritesPerMinute;
    maxScan = maxScan == null ? DataSize.ofMegabytes(10) : maxScan;
    maxTrackAttempts = maxTrackAttempts == null ? 5 : maxTrackAttempts;
    for (String limit :
        new String[] {
          proceduralReply,
          result,
          followUp,
          lawyerObstruction,
          disclosureRequest,
          disclosureExtension,
          nonProsecutionAppealWindow,
          noCaseReconsiderationWindow
        }) {
      TimeLimit.parse(limit);
    }
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
