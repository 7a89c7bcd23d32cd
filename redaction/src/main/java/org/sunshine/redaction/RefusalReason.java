package org.sunshine.redaction;

/** Why a document must not be published (2021 规定 第四条, RULES.md §1). */
public enum RefusalReason {
  STATE_SECRET("涉及国家秘密"),
  MINOR_OFFENDER("犯罪嫌疑人、被告人或被不起诉人作案时未满十八周岁"),
  SEXUAL_CRIME_AGAINST_MINOR("性侵害未成年人犯罪"),
  VIOLENT_CRIME_AGAINST_MINOR("侵害未成年人人身权利的犯罪"),
  RESIDUAL_LEAK("技术处理后仍能检出个人信息"),
  UNREADABLE("文本无法可靠处理");

  private final String label;

  RefusalReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
