package org.sunshine.platform.releases;

import java.time.Instant;
import java.time.LocalDate;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * The release aggregate (第十一至十五条): its state changes only through these transitions, and an illegal
 * one fails with the reason, never a silent no-op. Who may make a transition is the service's
 * check; whether the release is in a state that allows it is this class's.
 */
final class Release {

  final long id;
  final long unitId;
  final Long caseId;
  final String category;
  final Escalation escalation;
  private String title;
  private String body;
  private ReleaseStatus status;
  private Long approvalUnitId;
  private int pinLevel;
  private LocalDate pinnedUntil;
  private LocalDate publishedOn;
  private String withdrawalReason;
  private Instant withdrawnAt;

  Release(ReleaseRows.Row r) {
    this.id = r.id();
    this.unitId = r.unitId();
    this.caseId = r.caseId();
    this.category = r.category();
    this.escalation = r.escalation();
    this.title = r.title();
    this.body = r.body();
    this.status = r.status();
    this.approvalUnitId = r.approvalUnitId();
    this.pinLevel = r.pinLevel();
    this.pinnedUntil = r.pinnedUntil();
    this.publishedOn = r.publishedOn();
    this.withdrawalReason = r.withdrawalReason();
    this.withdrawnAt = r.withdrawnAt();
  }

  /** Only a draft is edited: changing approved text would need approving again. */
  void edit(String newTitle, String newBody) {
    require(status == ReleaseStatus.DRAFT, "releases.release.edit.not-draft");
    title = newTitle;
    body = newBody;
  }

  /** The drafting unit's own chain decides first. */
  void submit() {
    require(status == ReleaseStatus.DRAFT, "releases.release.submit.not-draft");
    status = ReleaseStatus.IN_APPROVAL;
    approvalUnitId = unitId;
  }

  /** A returned release is a draft again, to be edited and submitted anew. */
  void returnToDraft() {
    requireInApproval();
    status = ReleaseStatus.DRAFT;
    approvalUnitId = null;
  }

  /** The unit's chain approved and the release escalates: the next unit up decides. */
  void escalateTo(long upperUnitId) {
    requireInApproval();
    approvalUnitId = upperUnitId;
  }

  /** The last required unit approved: ready for the press office (or 案管) to publish. */
  void approve(long byUnitId) {
    requireInApproval();
    status = ReleaseStatus.APPROVED;
    approvalUnitId = byUnitId;
  }

  void publish(LocalDate on) {
    require(status == ReleaseStatus.APPROVED, "releases.release.publish.not-approved");
    status = ReleaseStatus.PUBLISHED;
    publishedOn = on;
  }

  /** Pins at a level 1–3 until a date not in the past, or unpins (level 0). */
  void pin(int level, LocalDate until, LocalDate today) {
    require(status == ReleaseStatus.PUBLISHED, "releases.release.pin.not-published");
    if (level < 0 || level > 3 || level > 0 && (until == null || until.isBefore(today))) {
      throw BadInput.at("until", "releases.release.pin.until");
    }
    pinLevel = level;
    pinnedUntil = level == 0 ? null : until;
  }

  /** Withdrawal is final and its reason is public. */
  void withdraw(String reason, Instant at) {
    require(status == ReleaseStatus.PUBLISHED, "releases.release.withdraw.not-published");
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw BadInput.at("reason", "releases.release.withdraw.reason-required");
    }
    status = ReleaseStatus.WITHDRAWN;
    withdrawalReason = reason.strip();
    withdrawnAt = at;
  }

  private void requireInApproval() {
    require(status == ReleaseStatus.IN_APPROVAL, "releases.release.not-in-approval");
  }

  private static void require(boolean condition, String key) {
    if (!condition) {
      throw Conflict.of(key);
    }
  }

  String title() {
    return title;
  }

  String body() {
    return body;
  }

  ReleaseStatus status() {
    return status;
  }

  Long approvalUnitId() {
    return approvalUnitId;
  }

  int pinLevel() {
    return pinLevel;
  }

  LocalDate pinnedUntil() {
    return pinnedUntil;
  }

  LocalDate publishedOn() {
    return publishedOn;
  }

  String withdrawalReason() {
    return withdrawalReason;
  }

  Instant withdrawnAt() {
    return withdrawnAt;
  }
}
