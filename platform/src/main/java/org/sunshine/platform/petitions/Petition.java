package org.sunshine.platform.petitions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * A petition in 控申's hands. Its state changes only through these transitions, each refusing with
 * the reason when the petition is not where the step belongs: register → accept / refer (not ours)
 * / transfer / ask for material → assign → progress replies → result → close; reopen on appeal.
 */
class Petition {

  final long id;
  final long unitId;
  final PetitionKind kind;
  final PetitionChannel channel;
  final boolean anonymous;
  final Long applicantId;
  final Long documentId;

  /** An objection to a withholding: the type of the document not published (else null). */
  String withheldType;

  PetitionState state;
  LocalDate receivedOn;
  LocalDate completeOn;
  LocalDate proceduralReplyOn;
  LocalDate answeredOn;

  /** The latest reply on progress: the monthly follow-up counts from it (第一百六十三条). */
  LocalDate lastProgressOn;

  LocalDate concludedOn;
  boolean extended;
  Long departmentId;
  String referredTo;
  Long transferredTo;

  /** Registered here by a 移送 from another unit: the matter there (else null). */
  Long transferredFrom;

  Outcome outcome;
  String lockedBy;
  Instant lockedAt;
  int round;

  /** Filed on the public node: the public node tells the petitioner, from the state sent back. */
  boolean filedOutside;

  Petition(
      long id,
      long unitId,
      PetitionKind kind,
      PetitionChannel channel,
      boolean anonymous,
      Long applicantId,
      Long documentId) {
    this.id = id;
    this.unitId = unitId;
    this.kind = kind;
    this.channel = channel;
    this.anonymous = anonymous;
    this.applicantId = applicantId;
    this.documentId = documentId;
  }

  /** The officer takes the matter; another officer's recent hold refuses. */
  void holdFor(String username, Instant now, Duration holdLasts) {
    if (lockedBy != null
        && !lockedBy.equals(username)
        && lockedAt != null
        && lockedAt.plus(holdLasts).isAfter(now)) {
      throw Conflict.of("petitions.petition.locked", lockedBy);
    }
    lockedBy = username;
    lockedAt = now;
  }

  void release(String username) {
    if (username.equals(lockedBy)) {
      lockedBy = null;
      lockedAt = null;
    }
  }

  /** 第一百六十一条: accepted; this is the procedural reply. */
  void accept(LocalDate today) {
    require(PetitionState.REGISTERED, Texts.text("petitions.petition.step.accept"));
    state = PetitionState.ACCEPTED;
    proceduralReply(today);
  }

  /** 第一百六十一条: not ours; the petitioner is told where to go. */
  void refer(String where, LocalDate today) {
    require(PetitionState.REGISTERED, Texts.text("petitions.petition.step.refer"));
    if (where == null || where.isBlank()) {
      throw BadInput.at("referredTo", "petitions.petition.refer.where-required");
    }
    state = PetitionState.REFERRED;
    referredTo = where.strip();
    proceduralReply(today);
    concludedOn = today;
  }

  /** 第一百六十一条: transferred to the competent unit with the record. */
  void transfer(long toUnit, LocalDate today) {
    require(PetitionState.REGISTERED, Texts.text("petitions.petition.step.transfer"));
    if (toUnit == unitId) {
      throw BadInput.at("unit", "petitions.petition.transfer.own-unit");
    }
    state = PetitionState.TRANSFERRED;
    transferredTo = toUnit;
    proceduralReply(today);
    concludedOn = today;
  }

  /** 第一百六十二条: the clock stops until the material is complete. */
  void askForMaterial() {
    require(PetitionState.REGISTERED, Texts.text("petitions.petition.step.ask-material"));
    state = PetitionState.AWAITING_MATERIAL;
    completeOn = null;
  }

  /**
   * 第一百六十二条: the clock starts again from the day the material is complete — a day that has come,
   * never one ahead that would push every deadline out at will.
   */
  void materialComplete(LocalDate on, LocalDate today) {
    require(
        PetitionState.AWAITING_MATERIAL, Texts.text("petitions.petition.step.material-complete"));
    if (on.isBefore(receivedOn)) {
      throw BadInput.at("completeOn", "petitions.petition.complete-on.before-received");
    }
    if (on.isAfter(today)) {
      throw BadInput.at("completeOn", "petitions.petition.complete-on.after-today");
    }
    state = PetitionState.REGISTERED;
    completeOn = on;
  }

  void assign(long department) {
    if (state != PetitionState.ACCEPTED && state != PetitionState.ASSIGNED) {
      throw Conflict.of("petitions.petition.assign.not-accepted");
    }
    state = PetitionState.ASSIGNED;
    departmentId = department;
  }

  /** 第一百六十三条: a reply on progress from the handling department counts for the 3 months. */
  void progress(LocalDate today) {
    require(PetitionState.ASSIGNED, Texts.text("petitions.petition.step.progress-reply"));
    answered(today);
  }

  void result(Outcome result, LocalDate today) {
    require(PetitionState.ASSIGNED, Texts.text("petitions.petition.step.result-reply"));
    if (!fits(result)) {
      throw BadInput.at("outcome", "petitions.petition.outcome.not-for-kind");
    }
    state = PetitionState.ANSWERED;
    outcome = result;
    answered(today);
  }

  /**
   * An objection to a publication ends in withdrawing, correcting or keeping it; one to a
   * withholding in a fresh publication review or the withholding kept; any other matter in neither.
   */
  boolean fits(Outcome result) {
    return fits(kind, withheldType, result);
  }

  static boolean fits(PetitionKind kind, String withheldType, Outcome result) {
    boolean objection = kind == PetitionKind.DISCLOSURE_OBJECTION;
    boolean toWithholding = objection && withheldType != null;
    boolean publicationOutcome =
        result == Outcome.WITHDRAW || result == Outcome.CORRECT || result == Outcome.KEEP;
    boolean withholdingOutcome =
        result == Outcome.REVIEW_PUBLICATION || result == Outcome.KEEP_WITHHELD;
    if (toWithholding) {
      return withholdingOutcome;
    }
    return objection ? publicationOutcome : !publicationOutcome && !withholdingOutcome;
  }

  void close(LocalDate today) {
    require(PetitionState.ANSWERED, Texts.text("petitions.petition.step.close"));
    state = PetitionState.CLOSED;
    concludedOn = today;
  }

  /** An appeal against the answer reopens the matter as a new round with fresh clocks. */
  void reopen(LocalDate today) {
    if (state.open()) {
      throw Conflict.of("petitions.petition.reopen.not-closed");
    }
    state = PetitionState.REGISTERED;
    round++;
    receivedOn = today;
    completeOn = null;
    proceduralReplyOn = null;
    answeredOn = null;
    lastProgressOn = null;
    concludedOn = null;
    outcome = null;
    referredTo = null;
    transferredTo = null;
  }

  /**
   * 检务公开申请: once, on approval, the time to answer is extended (政府信息公开条例 第三十三条第二款: with the consent
   * of the office's head, by at most 20 working days).
   */
  void extend() {
    requireExtensible();
    extended = true;
  }

  /** Whether an extension may be asked for: an open 检务公开申请 not extended before. */
  void requireExtensible() {
    if (kind != PetitionKind.DISCLOSURE_REQUEST || extended || !state.open()) {
      throw Conflict.of("petitions.petition.extend.once");
    }
  }

  private void proceduralReply(LocalDate today) {
    if (proceduralReplyOn == null) {
      proceduralReplyOn = today;
    }
  }

  private void answered(LocalDate today) {
    if (answeredOn == null) {
      answeredOn = today;
    }
    lastProgressOn = today;
  }

  private void require(PetitionState expected, String step) {
    if (state != expected) {
      // The page shows the matter's stage in words; the enum names stay in the log.
      throw Conflict.of("petitions.petition.step.not-now", step);
    }
  }
}
