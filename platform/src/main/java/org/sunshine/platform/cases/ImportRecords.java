package org.sunshine.platform.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The records of an import batch from the case-management system (one JSON line or CSV row each).
 */
final class ImportRecords {

  private ImportRecords() {}

  sealed interface ImportRecord permits CaseRecord, EventRecord, MeasureRecord {
    String caseNumber();
  }

  record PartyData(
      String partyNo,
      String name,
      PartyRole role,
      String idNumber,
      LocalDate birthDate,
      String nationality,
      String officialRank,
      LocalDate offenceOn,
      boolean pleaAgreement,
      String mobile,
      boolean reporter,
      boolean keyWitness) {}

  /**
   * A case with its parties, at an upstream version; an older or equal version never overwrites a
   * newer one.
   */
  record CaseRecord(
      String caseNumber,
      long version,
      String unitCode,
      CaseType caseType,
      String charge,
      String caseTeam,
      String procurator,
      LocalDate acceptedOn,
      boolean secret,
      boolean complex,
      List<PartyData> parties)
      implements ImportRecord {}

  /** A procedural event, identified upstream; for one party's record when partyNo is given. */
  record EventRecord(
      String caseNumber,
      String eventId,
      String partyNo,
      CaseEventType type,
      LocalDate on,
      String detail)
      implements ImportRecord {}

  /** A compulsory measure of one party. */
  record MeasureRecord(
      String caseNumber,
      String measureId,
      String partyNo,
      CompulsoryMeasureKind kind,
      LocalDate from,
      LocalDate to)
      implements ImportRecord {}
}
