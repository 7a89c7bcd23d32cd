package org.sunshine.platform.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as it crosses from the public node to the internal node: what the applicant filled
 * in (the ID number only as its hash and last four digits, as stored), the mobile that identifies
 * the applicant on both nodes, and the materials.
 */
public record ApplicationReplica(
    long originId,
    UUID originKey,
    String mobile,
    String caseNumber,
    String partyName,
    Relation relation,
    String applicantName,
    String idNumberHash,
    String idNumberTail,
    String lawyerLicence,
    String lawFirm,
    long verifyingUnitId,
    Instant createdAt,
    List<Material> materials) {

  public record Material(
      long originId, Relation.Material kind, String fileName, String contentType, byte[] content) {}
}
