package org.sunshine.platform.documents;

/** Why a document is not published (2021 规定 第四条, RULES.md §1). */
public enum WithholdingReason {
  STATE_SECRET("涉及国家秘密", true),
  COMMERCIAL_SECRET("涉及商业秘密", false),
  PERSONAL_PRIVACY("涉及个人隐私", false),
  MINOR_OFFENDER("未成年人犯罪", true),
  CRIME_AGAINST_MINOR("侵害未成年人犯罪", true),
  PARTY_OBJECTION("当事人申请不公开且理由合法", false),
  NOT_PUBLISHABLE_TYPE("该类文书依规定不公开", true),
  OTHER_LAWFUL("其他依法不公开情形", false);

  private final String label;
  private final boolean mandatory;

  WithholdingReason(String label, boolean mandatory) {
    this.label = label;
    this.mandatory = mandatory;
  }

  public String label() {
    return label;
  }

  /**
   * Reasons the law imposes (the handler records them); the others are judgments that a deputy
   * chief or the chief procurator decides.
   */
  public boolean mandatory() {
    return mandatory;
  }
}
