package org.sunshine.platform.approval;

/**
 * Where a kind of subject is decided: each module that sends its subjects through approval provides
 * one, so the task inbox links to the module's own page without knowing its addresses.
 */
public interface ApprovalSubjectPages {

  /** The subject type the module submits approvals under (e.g. {@code LegalDocument}). */
  String subjectType();

  /** The console page of one subject. */
  String pageOf(long subjectId);

  /**
   * A line the approver should know before deciding (a document's publication condition), or null.
   */
  default String noteOf(long subjectId) {
    return null;
  }
}
