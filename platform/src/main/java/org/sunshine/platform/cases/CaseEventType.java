package org.sunshine.platform.cases;

/** 办案进程: the procedural events of a case or of one party's record. */
public enum CaseEventType {
  /** 受理: starts the review period of the case type. */
  ACCEPTED,
  /** 认罪认罚 meeting the 速裁 conditions: the prosecution review period becomes 10 days. */
  FAST_TRACK,
  /** As {@link #FAST_TRACK} where the sentence may exceed one year: 15 days. */
  FAST_TRACK_OVER_ONE_YEAR,
  /** 延长审查起诉期限 / 延长审查逮捕期限 for major or complex cases. */
  DEADLINE_EXTENDED,
  /** 退回补充侦查: the review period stops while the police investigate (one month, at most twice). */
  RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION,
  /** 重新移送: the review period restarts in full. */
  RESUBMITTED,
  ARREST_APPROVED,
  ARREST_REFUSED,
  PROSECUTED,
  NOT_PROSECUTED,
  PROTESTED,
  /** 审结: the record is concluded; no deadline runs any more. */
  CONCLUDED,
  /** 判决、裁定生效: the court's judgment is legally effective (起诉书, 抗诉书 become publishable). */
  JUDGMENT_EFFECTIVE,
  /** 宣布: a decision (不起诉决定) has been announced to the parties. */
  DECISION_ANNOUNCED,
  /** 送达: a decision (刑事申诉复查决定) has been served. */
  DECISION_SERVED;

  /** Events after which no review period runs. */
  public boolean concludes() {
    return this == ARREST_APPROVED
        || this == ARREST_REFUSED
        || this == PROSECUTED
        || this == NOT_PROSECUTED
        || this == PROTESTED
        || this == CONCLUDED;
  }
}
