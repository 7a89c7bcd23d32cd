package org.sunshine.platform.statistics;

import java.time.Instant;
import java.time.LocalDate;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * A correction required of a unit (整改), by an inspection or ordered by an upper unit (seed 000:
 * "上级院对下级院…予以纠正"): {@code ORDERED} until the unit reports it done, {@code REPORTED} until the
 * ordering unit confirms it ({@code CONFIRMED}) or reopens it with a reason (back to {@code
 * ORDERED}). Overdue while ordered past its due date.
 */
record Correction(
    long id,
    Long inspectionId,
    long orderingUnitId,
    long unitId,
    String requirement,
    Long documentId,
    String documentNumber,
    LocalDate dueOn,
    String status,
    String orderedBy,
    Instant orderedAt,
    String reportedNote,
    Instant confirmedAt) {

  static final String ORDERED = "ORDERED";
  static final String REPORTED = "REPORTED";
  static final String CONFIRMED = "CONFIRMED";

  public boolean overdue(LocalDate today) {
    return ORDERED.equals(status) && dueOn.isBefore(today);
  }

  /** The unit reports the correction done, saying what it did. */
  Correction report(String note) {
    if (!ORDERED.equals(status)) {
      throw Conflict.of("statistics.correction.report.not-ordered");
    }
    return with(
        REPORTED,
        required(note, "note: " + Texts.text("statistics.correction.report.note-required")),
        null);
  }

  /** The ordering unit confirms the reported correction. */
  Correction confirm(Instant at) {
    if (!REPORTED.equals(status)) {
      throw Conflict.of("statistics.correction.confirm.not-reported");
    }
    return with(CONFIRMED, reportedNote, at);
  }

  /** The ordering unit finds the correction not done: ordered again, with the reason. */
  Correction reopen(String reason) {
    if (!REPORTED.equals(status)) {
      throw Conflict.of("statistics.correction.return.not-reported");
    }
    required(reason, "note: " + Texts.text("statistics.correction.return.reason-required"));
    return with(ORDERED, reportedNote, null);
  }

  private Correction with(String s, String note, Instant confirmed) {
    return new Correction(
        id,
        inspectionId,
        orderingUnitId,
        unitId,
        requirement,
        documentId,
        documentNumber,
        dueOn,
        s,
        orderedBy,
        orderedAt,
        note,
        confirmed);
  }

  static String required(String text, String error) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(error);
    }
    return text.strip();
  }
}
