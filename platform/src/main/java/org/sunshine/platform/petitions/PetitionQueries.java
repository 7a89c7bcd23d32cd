package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.DepartmentView;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;

/** Reading petitions: 控申's queues, one matter, the petitioner (audited), a reporter's own view. */
@Component
class PetitionQueries {

  private static final Duration TRACK_LOCK = Duration.ofMinutes(30);

  enum Queue {
    /** 临期: the next clock falls due within the configured days. */
    SOON,
    OVERDUE,
    /** Every open matter, waiting longest first. */
    WAITING,
    ALL
  }

  private final PetitionRows rows;
  private final PetitionAccess access;
  private final PetitionClocks clocks;
  private final Directory directory;
  private final AuditLog audit;
  private final PetitionProperties settings;
  private final OfficerNames names;
  private final TrackingLocks locks;
  private final Clock clock;

  PetitionQueries(
      PetitionRows rows,
      PetitionAccess access,
      PetitionClocks clocks,
      Directory directory,
      AuditLog audit,
      PetitionProperties settings,
      OfficerNames names,
      TrackingLocks locks,
      Clock clock) {
    this.names = names;
    this.locks = locks;
    this.rows = rows;
    this.access = access;
    this.clocks = clocks;
    this.directory = directory;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<PetitionView> queue(StaffIdentity staff, Queue queue) {
    LocalDate today = LocalDate.now(clock);
    List<PetitionView> all =
        rows.ofUnits(directory.unitsVisibleTo(staff), queue != Queue.ALL).stream()
            .filter(r -> access.sees(staff, r.petition()))
            .map(r -> summary(r))
            .toList();
    return switch (queue) {
      case SOON -> all.stream().filter(v -> v.dueSoon(today, settings.dueSoonDays())).toList();
      case OVERDUE -> all.stream().filter(v -> v.overdue(today)).toList();
      case WAITING, ALL ->
          all.stream().sorted(Comparator.comparing(PetitionView::receivedOn)).toList();
    };
  }

  /** A matter's whole text and its scans' list: personal data, so every look is audited. */
  @Transactional
  PetitionView view(StaffIdentity staff, long id) {
    PetitionView v = full(access.readable(staff, id));
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_PETITION",
        Petitions.SUBJECT,
        String.valueOf(id),
        null,
        Channel.CONSOLE);
    return v;
  }

  /**
   * Who filed it: 控申 only, each look audited (举报工作规定: the reporter's identity is kept
   * confidential).
   */
  @Transactional
  Optional<PetitionRows.PetitionerRow> petitioner(StaffIdentity staff, long id) {
    PetitionRows.Row row = access.readable(staff, id);
    if (!PetitionAccess.office(staff)) {
      return Optional.empty();
    }
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_PETITIONER",
        Petitions.SUBJECT,
        String.valueOf(id),
        row.confidential() ? "confidential" : null,
        Channel.CONSOLE);
    return rows.petitioner(id);
  }

  /**
   * A reporter reads their matter with the query code and the password, both; a transferred matter
   * with the replies of the unit it went to.
   */
  @Transactional
  Optional<PetitionView> track(String code, String password) {
    if (code == null || password == null || password.isBlank()) {
      return Optional.empty();
    }
    Optional<PetitionRows.Row> row =
        rows.byCode(code.strip().toUpperCase()).filter(r -> r.passwordHash() != null);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    long id = row.get().petition().id;
    Instant now = clock.instant();
    // Someone holding a reporter's code cannot try passwords from many addresses: after a few
    // wrong ones the code is locked for half an hour, answered like any failure (as access's
    // codes).
    if (locks.trackLocked(id, now)) {
      return Optional.empty();
    }
    if (!PetitionIntake.PASSWORDS.matches(password.strip(), row.get().passwordHash())) {
      locks.trackFailed(id, settings.maxTrackAttempts(), now.plus(TRACK_LOCK));
      return Optional.empty();
    }
    locks.trackSucceeded(id);
    return row.map(this::followed);
  }

  /** The signed-in petitioner's own matters. */
  @Transactional(readOnly = true)
  List<PetitionView> ofApplicant(long applicantId) {
    return rows.ofApplicant(applicantId).stream().map(this::summary).toList();
  }

  @Transactional(readOnly = true)
  Optional<PetitionView> ofApplicant(long applicantId, long id) {
    return rows.find(id)
        .filter(r -> Long.valueOf(applicantId).equals(r.petition().applicantId))
        .map(this::followed);
  }

  @Transactional(readOnly = true)
  List<DepartmentView> departments(long unitId) {
    return directory.departments(unitId);
  }

  PetitionView summary(PetitionRows.Row r) {
    return view(r, null, List.of(), List.of(), List.of());
  }

  PetitionView full(PetitionRows.Row r) {
    long id = r.petition().id;
    return view(
        r,
        rows.takenUpAs(id).orElse(null),
        rows.replies(id),
        names.named(rows.steps(id)),
        rows.scans(id));
  }

  /** The petitioner's view: the replies of the units the matter was transferred on to as well. */
  PetitionView followed(PetitionRows.Row r) {
    long id = r.petition().id;
    return view(
        r,
        rows.takenUpAs(id).orElse(null),
        rows.repliesFollowed(id),
        rows.steps(id),
        rows.scans(id));
  }

  private PetitionView view(
      PetitionRows.Row r,
      Long takenUpAs,
      List<PetitionRows.ReplyRow> replies,
      List<PetitionRows.StepRow> steps,
      List<PetitionRows.ScanRow> scans) {
    Petition p = r.petition();
    String department =
        p.departmentId == null
            ? null
            : directory.departments(p.unitId).stream()
                .filter(d -> d.id() == p.departmentId)
                .map(DepartmentView::name)
                .findFirst()
                .orElse(null);
    String transferredTo = p.transferredTo == null ? null : directory.get(p.transferredTo).name();
    return new PetitionView(
        p.id,
        p.unitId,
        directory.get(p.unitId).name(),
        p.kind,
        p.channel,
        p.state,
        r.subject(),
        r.body(),
        r.caseNumber(),
        p.anonymous,
        r.confidential(),
        p.receivedOn,
        p.completeOn,
        clocks.of(p),
        p.departmentId,
        department,
        p.referredTo,
        transferredTo,
        p.transferredFrom,
        takenUpAs,
        p.outcome,
        p.lockedBy,
        names.of(p.lockedBy),
        p.round,
        p.documentId,
        p.withheldType,
        p.extended,
        replies,
        steps,
        scans);
  }
}
