package org.sunshine.platform.access;

import java.time.Instant;
import java.util.List;

/**
 * An access application as the applicant and 案管 see it (the ID number only by its last four
 * characters).
 */
record ApplicationView(
    long id,
    String caseNumber,
    String partyName,
    Relation relation,
    String applicantName,
    String idNumberTail,
    String lawyerLicence,
    String lawFirm,
    String verifyingUnit,
    String handlingUnit,
    boolean caseFound,
    ApplicationStatus status,
    String note,
    Instant createdAt,
    List<MaterialInfo> materials) {

  /** A material's kind and name; its content is fetched separately, by staff only. */
  public record MaterialInfo(long id, Relation.Material kind, String fileName) {}
}
