package org.sunshine.platform.lawyers;

/**
 * What a lawyer asks for on a bound case. The deadline of each is a setting ({@code
 * sunshine.lawyers.deadlines.<TYPE>}); the defaults and the rules they come from are in {@link
 * LawyerProperties}.
 */
enum RequestType {
  /** 预约阅卷 on site (FileReviewAppointment): a reading-room slot. */
  FILE_REVIEW,
  /** 网上阅卷: the electronic file, released by the handler and downloaded stamped. */
  ONLINE_FILE_REVIEW,
  /** 申请收集、调取证据. */
  EVIDENCE_COLLECTION,
  /** 提交辩护意见、证据材料: registered and put on file. */
  DEFENCE_OPINION,
  /** 申请听取意见 (HearingOfOpinionRequest): a meeting with the handling procurator. */
  HEARING_OF_OPINION,
  /** 申请变更、解除强制措施. */
  MEASURE_CHANGE,
  /** 非律师辩护人许可. */
  NON_LAWYER_DEFENDER,
  /** 申请会见 where permission is needed (MeetingRequest). */
  MEETING;

  boolean bookable() {
    return this == FILE_REVIEW;
  }

  boolean online() {
    return this == ONLINE_FILE_REVIEW;
  }
}
