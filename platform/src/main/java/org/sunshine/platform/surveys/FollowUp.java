package org.sunshine.platform.surveys;

import java.time.Instant;
import java.time.LocalDate;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * A unit's follow-up of a 不满意 answer: open until closed once, with a note of what was done; late
 * once its due day has passed.
 */
final class FollowUp {

  public final long id;
  public final long unitId;
  public final Long departmentId;
  public final String caseNumber;
  public final Invitation.Respondent respondent;
  public final String dimensions;
  public final LocalDate openedOn;
  public final LocalDate dueOn;
  private Instant closedAt;
  private String closedBy;
  private String note;

  FollowUp(
      long id,
      long unitId,
      Long departmentId,
      String caseNumber,
      Invitation.Respondent respondent,
      String dimensions,
      LocalDate openedOn,
      LocalDate dueOn,
      Instant closedAt,
      String closedBy,
      String note) {
    this.id = id;
    this.unitId = unitId;
    this.departmentId = departmentId;
    this.caseNumber = caseNumber;
    this.respondent = respondent;
    this.dimensions = dimensions;
    this.openedOn = openedOn;
    this.dueOn = dueOn;
    this.closedAt = closedAt;
    this.closedBy = closedBy;
    this.note = note;
  }

  /**
   * Closed with what the unit did.
   *
   * @throws IllegalArgumentException without a note
   * @throws IllegalStateException when it was closed already
   */
  void close(String what, String by, Instant at) {
    if (closedAt != null) {
      throw Conflict.at("note", "surveys.follow-up.closed");
    }
    if (what == null || what.isBlank()) {
      throw BadInput.at("note", "surveys.follow-up.note.required");
    }
    if (what.strip().length() > 1000) {
      throw BadInput.at("note", "surveys.follow-up.note.too-long");
    }
    note = what.strip();
    closedBy = by;
    closedAt = at;
  }

  public boolean open() {
    return closedAt == null;
  }

  /** Still open after its due day. */
  public boolean overdue(LocalDate today) {
    return closedAt == null && today.isAfter(dueOn);
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public String note() {
    return note;
  }
}
