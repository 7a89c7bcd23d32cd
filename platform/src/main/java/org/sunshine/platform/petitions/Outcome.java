package org.sunshine.platform.petitions;

/** The result recorded at the end of handling. */
public enum Outcome {
  /** 属实 / 支持 */
  UPHELD,
  /** 不属实 / 不支持 */
  NOT_UPHELD,
  /** An objection ends in withdrawing the document (through the documents workflow). */
  WITHDRAW,
  /** An objection ends in correcting the document (through the documents workflow). */
  CORRECT,
  /** An objection ends with the publication kept as it is. */
  KEEP,
  /**
   * An objection to a withholding upheld: the withheld document goes back to its handler for a
   * fresh publication review and approval chain (through the documents workflow).
   */
  REVIEW_PUBLICATION,
  /** An objection to a withholding ends with the decision not to publish kept, with reasons. */
  KEEP_WITHHELD,
  /** A 检务公开申请 answered with the information. */
  DISCLOSED,
  /** A 检务公开申请 refused, with the reason. */
  NOT_DISCLOSED
}
