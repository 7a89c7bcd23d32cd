package org.sunshine.platform.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * A petition as filed online or registered by 控申 (staff fill in what the visitor, caller or letter
 * says).
 *
 * @param unitId the procuratorate it is addressed to
 * @param anonymous a 举报 without a name: read back only with the query code and the password
 * @param confidential the petitioner asked that their identity be kept confidential
 * @param password set by the petitioner to read replies with the query code (required when
 *     anonymous); stored hashed
 * @param servedOn for an appeal, the day the decision was served (decides whether it is in time)
 * @param documentId for an objection, the published document it is about
 * @param receivedOn the day it arrived (a letter's postmark day; today online)
 * @param withheldType for an objection to a withholding (应公开而未公开), the type of the document not
 *     published ({@code DocumentType} name); the case is named by {@code caseNumber}
 */
public record NewPetition(
    long unitId,
    PetitionKind kind,
    PetitionChannel channel,
    String subject,
    String text,
    String caseNumber,
    boolean anonymous,
    boolean confidential,
    String name,
    String mobile,
    String idNumber,
    String address,
    String password,
    LocalDate servedOn,
    Long documentId,
    LocalDate receivedOn,
    List<Scan> scans,
    String withheldType) {

  public NewPetition {
    scans = scans == null ? List.of() : List.copyOf(scans);
  }

  /** Any petition but an objection to a withholding. */
  public NewPetition(
      long unitId,
      PetitionKind kind,
      PetitionChannel channel,
      String subject,
      String text,
      String caseNumber,
      boolean anonymous,
      boolean confidential,
      String name,
      String mobile,
      String idNumber,
      String address,
      String password,
      LocalDate servedOn,
      Long documentId,
      LocalDate receivedOn,
      List<Scan> scans) {
    this(
        unitId,
        kind,
        channel,
        subject,
        text,
        caseNumber,
        anonymous,
        confidential,
        name,
        mobile,
        idNumber,
        address,
        password,
        servedOn,
        documentId,
        receivedOn,
        scans,
        null);
  }

  /** A scanned letter or an attachment. */
  public record Scan(String fileName, String contentType, byte[] content) {}
}
