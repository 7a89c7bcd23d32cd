package org.sunshine.platform.petitions;

/** What a petition asks for (glossary: Petition with PetitionKind). */
public enum PetitionKind {
  /** 控告 */
  ACCUSATION,
  /** 举报: may be anonymous, with a query code and a password. */
  REPORT,
  /** 刑事申诉 */
  CRIMINAL_PETITION,
  /** 不服不起诉申诉 (第三百七十七、三百八十一、三百八十五条): within 7 days of service, else an ordinary 申诉. */
  NON_PROSECUTION_APPEAL,
  /** 不立案复议: within 10 days. */
  NO_CASE_RECONSIDERATION,
  /** 国家赔偿申请 */
  STATE_COMPENSATION,
  /** 纪律作风投诉 */
  CONDUCT_COMPLAINT,
  /** 律师阻碍执业控告: answered within 10 days. */
  LAWYER_OBSTRUCTION,
  /** 检务公开申请 (DisclosureRequest): 20 working days, +20 with approval. */
  DISCLOSURE_REQUEST,
  /** 对公开提出异议 (DisclosureObjection): about a publication or a withholding. */
  DISCLOSURE_OBJECTION,
  /** 其他信访 */
  OTHER;

  boolean mayBeAnonymous() {
    return this == REPORT;
  }
}
