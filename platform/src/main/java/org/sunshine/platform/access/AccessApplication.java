package org.sunshine.platform.access;

import java.time.Instant;
import java.util.function.LongSupplier;
import org.sunshine.platform.cases.CaseRef;
import org.sunshine.platform.cases.CaseType;
import org.sunshine.platform.cases.PartyRole;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;

/**
 * The access application aggregate: its status changes only through these transitions, and an
 * illegal one fails with the reason (never a silent no-op). 案管 rejects, asks for more materials,
 * verifies at the applicant's home county and forwards (第九条), or approves at the handling unit;
 * approved and rejected are final.
 */
final class AccessApplication {

  /** Lawyers bound to one party of a criminal case at most (刑事诉讼法第三十三条). */
  static final int MAX_LAWYERS = 2;

  final long id;
  final long applicantId;
  final Long caseId;
  final Long partyId;
  final String caseNumber;
  final Long handlingUnit;
  final Relation relation;
  final String idHash;
  private ApplicationStatus status;
  private String note;
  private String decidedBy;
  private Instant decidedAt;

  AccessApplication(AccessRows.ApplicationRow r) {
    this.id = r.id();
    this.applicantId = r.applicantId();
    this.caseId = r.caseId();
    this.partyId = r.partyId();
    this.caseNumber = r.caseNumber();
    this.handlingUnit = r.handlingUnit();
    this.relation = r.relation();
    this.idHash = r.idHash();
    this.status = r.status();
    this.note = r.note();
    this.decidedBy = r.decidedBy();
    this.decidedAt = r.decidedAt();
  }

  /** The applicant sent the materials 案管 asked for: the application is back in the queue. */
  void resubmit() {
    require(awaitsMaterials(), "access.access-application.resubmit.not-asked");
    status = ApplicationStatus.SUBMITTED;
  }

  boolean awaitsMaterials() {
    return status == ApplicationStatus.MORE_INFO_REQUESTED;
  }

  /** Refused, with the reason the applicant will read. Final. */
  void reject(String reason, String by, Instant at) {
    requireUndecided();
    decided(ApplicationStatus.REJECTED, requireReason(reason), by, at);
  }

  /** Back to the applicant for more materials, saying which and why. */
  void askForMore(String reason, String by, Instant at) {
    requireUndecided();
    decided(ApplicationStatus.MORE_INFO_REQUESTED, requireReason(reason), by, at);
  }

  /**
   * Verified at the applicant's home county (第九条): only a party of the case (or their lawyer,
   * relative…) and only once; the handling unit decides next.
   */
  void forward(CaseRef current, String note, String by, Instant at) {
    requireUndecided();
    requireAPartyOf(current);
    require(status != ApplicationStatus.FORWARDED, "access.access-application.forward.already");
    decided(ApplicationStatus.FORWARDED, note, by, at);
  }

  /**
   * Approved at the handling unit, which then issues the grant: only for a party of the case, and
   * never a third lawyer for one party, whatever the case (刑事诉讼法第三十三条: 一至二人作为辩护人; 民事诉讼法第六十一条 and
   * 行政诉讼法第三十一条: 一至二人作为诉讼代理人, which supervision of those judgments follows). Binding refuses the
   * third before anything is written; this is the check under 案管's decision.
   *
   * @param lawyersBound how many other lawyers hold a live grant to the party now (asked only when
   *     this applicant is a lawyer; this lawyer's own earlier grant is not a second lawyer)
   */
  void approve(CaseRef current, LongSupplier lawyersBound, String note, String by, Instant at) {
    requireUndecided();
    requireAPartyOf(current);
    if (relation.lawyer() && lawyersBound.getAsLong() >= MAX_LAWYERS) {
      throw BadInput.at("relation", twoLawyers(current.caseType()));
    }
    decided(ApplicationStatus.APPROVED, note, by, at);
  }

  private void decided(ApplicationStatus to, String note, String by, Instant at) {
    this.status = to;
    this.note = note;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  private void requireUndecided() {
    require(
        status != ApplicationStatus.APPROVED && status != ApplicationStatus.REJECTED,
        "access.access-application.decide.already");
  }

  /**
   * Only the parties themselves and their lawyers, guardians and close relatives may follow a
   * record (第七条): the application must name a party of a case that exists, and not a witness.
   */
  private void requireAPartyOf(CaseRef current) {
    if (caseId == null || partyId == null || current == null) {
      throw BadInput.at("partyName", "access.access-application.approve.not-found");
    }
    boolean party =
        current.parties().stream()
            .anyMatch(p -> p.id() == partyId && p.role() != PartyRole.WITNESS);
    if (!party) {
      throw BadInput.at("partyName", "access.access-application.approve.witness");
    }
  }

  /** The refusal names the law of the case's kind: 刑事诉讼法, or 民事/行政诉讼法 for their supervision. */
  private static String twoLawyers(CaseType type) {
    return switch (type) {
      case CIVIL_SUPERVISION -> "access.access-application.relation.two-lawyers.civil";
      case ADMINISTRATIVE_SUPERVISION ->
          "access.access-application.relation.two-lawyers.administrative";
      default -> "access.access-application.relation.two-lawyers";
    };
  }

  /** The applicant reads the reason, so a refusal or a request for more says why. */
  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw BadInput.at("note", "access.access-application.note.required");
    }
    return reason.strip();
  }

  private static void require(boolean condition, String key) {
    if (!condition) {
      throw Conflict.of(key);
    }
  }

  ApplicationStatus status() {
    return status;
  }

  String note() {
    return note;
  }

  String decidedBy() {
    return decidedBy;
  }

  Instant decidedAt() {
    return decidedAt;
  }
}
