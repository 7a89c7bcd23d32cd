package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.documents.DocumentWorkflow;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/**
 * 控申's handling of petitions: registration on every channel and each step of the state machine,
 * each step a reply document where the law owes one (第一百六十一至一百六十三条), audited, in one transaction
 * with its reply and its notification.
 */
@Service
public class Petitions {

  static final String SUBJECT = "Petition";

  private final PetitionIntake intake;
  private final PetitionAccess access;
  private final PetitionRows rows;
  private final PetitionReplies replies;
  private final DocumentWorkflow documents;
  private final Directory directory;
  private final AuditLog audit;
  private final PetitionProperties settings;
  private final PetitionReports reports;
  private final ApplicationEventPublisher events;
  private final Receptions receptions;
  private final WithholdingReviews withholdings;
  private final PetitionTransfers transfers;
  private final PetitionExtensions extensions;
  private final PetitionRounds rounds;
  private final Clock clock;

  Petitions(
      PetitionIntake intake,
      PetitionAccess access,
      PetitionRows rows,
      PetitionReplies replies,
      DocumentWorkflow documents,
      Directory directory,
      AuditLog audit,
      PetitionProperties settings,
      PetitionReports reports,
      ApplicationEventPublisher events,
      Receptions receptions,
      WithholdingReviews withholdings,
      PetitionTransfers transfers,
      PetitionExtensions extensions,
      PetitionRounds rounds,
      Clock clock) {
    this.rounds = rounds;
    this.transfers = transfers;
    this.extensions = extensions;
    this.receptions = receptions;
    this.withholdings = withholdings;
    this.reports = reports;
    this.events = events;
    this.intake = intake;
    this.access = access;
    this.rows = rows;
    this.replies = replies;
    this.documents = documents;
    this.directory = directory;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * One unit's month: received by kind and channel, the 7-day and 3-month reply rates, overdue
   * matters. No identity; for the public statistics and the statistics capability.
   */
  public PetitionStatistics statistics(long unitId, YearMonth month) {
    return reports.month(unitId, month);
  }

  /** 控申 publishes a leader's reception day (in person, or by video with a link per booking). */
  public long publishReceptionDay(
      StaffIdentity staff,
      LocalDate day,
      LocalTime from,
      LocalTime to,
      String leader,
      int slots,
      boolean video) {
    return receptions.publish(staff, day, from, to, leader, slots, video);
  }

  /** 控申 registers a visit, a call or a letter (with its scans). */
  @Transactional
  public Receipt register(StaffIdentity staff, NewPetition petition) {
    if (!PetitionAccess.office(staff) || petition.unitId() != staff.unitId()) {
      throw BadInput.at("unitId", "petitions.petitions.register.own-unit");
    }
    Receipt r = intake.take(petition, null, staff.username());
    audit.record(
        staff.username(),
        staff.unitId(),
        "REGISTER_PETITION",
        SUBJECT,
        String.valueOf(r.id()),
        petition.kind().name(),
        Channel.CONSOLE);
    return r;
  }

  @Transactional
  public void accept(StaffIdentity staff, long id) {
    var row = access.forOffice(staff, id);
    step(staff, row, "ACCEPT", null, p -> p.accept(today()));
    replies.reply(row, "ACCEPTED", List.of(), null, staff.username());
  }

  @Transactional
  public void refer(StaffIdentity staff, long id, String where) {
    var row = access.forOffice(staff, id);
    step(staff, row, "REFER", where, p -> p.refer(where, today()));
    replies.reply(row, "REFERRED", List.of(where.strip()), null, staff.username());
  }

  @Transactional
  public void transfer(StaffIdentity staff, long id, long toUnit) {
    var row = access.forOffice(staff, id);
    String unit =
        directory
            .find(toUnit)
            .orElseThrow(() -> BadInput.at("unit", "petitions.petitions.unit.unknown"))
            .name();
    step(staff, row, "TRANSFER", unit, p -> p.transfer(toUnit, today()));
    replies.reply(row, "TRANSFERRED", List.of(unit), null, staff.username());
    transfers.takeUp(row, toUnit, staff.username());
  }

  /** 第一百六十二条: asks for what is missing; the clocks wait for it. */
  @Transactional
  public void askForMaterial(StaffIdentity staff, long id, String missing) {
    if (missing == null || missing.isBlank()) {
      throw BadInput.at("missing", "petitions.petitions.missing.required");
    }
    var row = access.forOffice(staff, id);
    step(staff, row, "ASK_MATERIAL", missing, Petition::askForMaterial);
    replies.reply(row, "MATERIAL", List.of(missing.strip()), null, staff.username());
  }

  @Transactional
  public void materialComplete(StaffIdentity staff, long id, LocalDate on) {
    var row = access.forOffice(staff, id);
    LocalDate today = today();
    LocalDate day = on == null ? today : on;
    step(staff, row, "MATERIAL_COMPLETE", day.toString(), p -> p.materialComplete(day, today));
  }

  @Transactional
  public void assign(StaffIdentity staff, long id, long departmentId) {
    var row = access.forOffice(staff, id);
    var department =
        directory.departments(row.petition().unitId).stream()
            .filter(d -> d.id() == departmentId)
            .findFirst()
            .orElseThrow(
                () -> BadInput.at("departmentId", "petitions.petitions.department.required"));
    step(staff, row, "ASSIGN", department.name(), p -> p.assign(departmentId));
  }

  /** 第一百六十三条: the handling department replies on progress. */
  @Transactional
  public void progress(StaffIdentity staff, long id, String words) {
    requireWords(words);
    var row = access.forHandler(staff, id);
    step(staff, row, "PROGRESS", null, p -> p.progress(today()));
    replies.reply(row, "PROGRESS", List.of(), words, staff.username());
  }

  /**
   * The result. An objection's outcome acts on the document through its workflow: a withdrawal, a
   * correction or (for a withholding) a fresh publication review is started by the publishing
   * department's handler and goes through its chain.
   */
  @Transactional
  public void result(StaffIdentity staff, long id, Outcome outcome, String words) {
    requireWords(words);
    var row = access.forHandler(staff, id);
    step(staff, row, "RESULT", outcome.name(), p -> p.result(outcome, today()));
    Long document = row.petition().documentId;
    if (outcome == Outcome.WITHDRAW) {
      documents.requestWithdrawal(staff, document, words.strip());
    } else if (outcome == Outcome.CORRECT) {
      documents.startCorrection(staff, document, words.strip());
    } else if (outcome == Outcome.REVIEW_PUBLICATION) {
      withholdings.reviewAgain(staff, row, words.strip());
    }
    replies.reply(row, "RESULT." + outcome, List.of(), words, staff.username());
  }

  @Transactional
  public void close(StaffIdentity staff, long id) {
    var row = access.forOffice(staff, id);
    step(staff, row, "CLOSE", null, p -> p.close(today()));
  }

  /** An appeal against the answer: a new round with fresh clocks. */
  @Transactional
  public void reopen(StaffIdentity staff, long id, String why) {
    requireWords(why);
    var row = access.forOffice(staff, id);
    // The ended round keeps its dates for its month's figures; a refused reopening rolls it back.
    rounds.keep(row.petition());
    step(staff, row, "REOPEN", why, p -> p.reopen(today()));
  }

  /**
   * 检务公开申请: 控申 asks for the extension of the time to answer; the clock extends only when the
   * approval chain approves ({@link #decideExtension}).
   */
  @Transactional
  public void requestExtension(StaffIdentity staff, long id, String why) {
    requireWords(why);
    extensions.request(staff, id, why);
  }

  /** The waiting step of an extension's approval decides; a return needs the reason. */
  @Transactional
  public void decideExtension(StaffIdentity staff, long id, boolean approve, String comment) {
    extensions.decide(staff, id, approve, comment);
  }

  /** The officer takes the matter (others see who holds it) or lets it go. */
  @Transactional
  public void hold(StaffIdentity staff, long id, boolean take) {
    var row = access.forHandler(staff, id);
    if (take) {
      row.petition().holdFor(staff.username(), clock.instant(), holdLasts());
    } else {
      row.petition().release(staff.username());
    }
    rows.save(row.petition(), clock.instant());
  }

  private void step(
      StaffIdentity staff,
      PetitionRows.Row row,
      String action,
      String note,
      Consumer<Petition> transition) {
    Petition p = row.petition();
    p.holdFor(staff.username(), clock.instant(), holdLasts());
    transition.accept(p);
    if (!p.state.open() || action.equals("ASSIGN") || action.equals("RESULT")) {
      // The matter leaves this officer's hands: handed to a department, answered back to 控申, or
      // concluded.
      p.release(staff.username());
    }
    rows.save(p, clock.instant());
    rows.step(p.id, staff.username(), action, note, clock.instant());
    audit.record(
        staff.username(),
        staff.unitId(),
        action + "_PETITION",
        SUBJECT,
        String.valueOf(p.id),
        note,
        Channel.CONSOLE);
    // After commit, with the step's reply: a matter filed outside sends its state back — for a
    // matter transferred on, the state of the one filed there, which carries the replies of both.
    long filed = p.transferredFrom == null ? p.id : rows.origin(p.id);
    events.publishEvent(new PetitionAdvanced(filed, p.filedOutside));
  }

  private Duration holdLasts() {
    return Duration.ofMinutes(settings.lockMinutes());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static void requireWords(String words) {
    if (words == null || words.isBlank()) {
      throw BadInput.at("words", "petitions.petitions.words.required");
    }
  }
}
