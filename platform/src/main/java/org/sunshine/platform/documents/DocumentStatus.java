package org.sunshine.platform.documents;

/** Where a legal document stands. */
enum DocumentStatus {
  /** Uploaded; the handler reviews the proposed redaction (also during a correction). */
  DRAFT,
  /** Submitted; the approval chain runs. */
  IN_APPROVAL,
  /**
   * The chain approved it before its publication condition was met (a 起诉书 before the judgment is
   * effective): published by the system when the case event arrives.
   */
  APPROVED,
  PUBLISHED,
  /** 不公开, with a recorded reason and who decided. */
  WITHHELD,
  /** 撤回: the public page says so, when and why. */
  WITHDRAWN
}
