package org.sunshine.platform.hearings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.access.ApplicantSignIn;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseRef;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.ScreeningOutcome;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;

/**
 * Public hearings of a case (公开审查 / 公开听证 / 公开答复 / 检察宣告): staff of the case's unit schedule one,
 * draw 人民监督员 ({@link SupervisorDraw}), announce it so the public may apply to observe, and record
 * the outcome in public wording, which the public page then shows.
 */
@Service
public class Hearings {

  static final String SUBJECT = "PublicHearing";
  private static final Set<Role> RUNS =
      Set.of(
          Role.CASE_HANDLER,
          Role.DEPARTMENT_HEAD,
          Role.CASE_MANAGEMENT,
          Role.PETITIONS_OFFICE,
          Role.DEPUTY_CHIEF,
          Role.CHIEF_PROCURATOR);

  private final HearingRows rows;
  private final SupervisorDraw draw;
  private final HearingNotices notices;
  private final Cases cases;
  private final Directory directory;
  private final ApplicantSignIn applicants;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Hearings(
      HearingRows rows,
      SupervisorDraw draw,
      HearingNotices notices,
      Cases cases,
      Directory directory,
      ApplicantSignIn applicants,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.rows = rows;
    this.draw = draw;
    this.notices = notices;
    this.cases = cases;
    this.directory = directory;
    this.applicants = applicants;
    this.audit = audit;
    this.clock = clock;
  }

  static boolean runs(StaffIdentity staff) {
    return staff.roles().stream().anyMatch(RUNS::contains);
  }

  /** Schedules a hearing of a case of the staff member's own unit and draws its supervisors. */
  @Transactional
  public long schedule(StaffIdentity staff, NewHearing h) {
    if (!runs(staff)) {
      throw Forbidden.of("hearings.hearings.schedule.forbidden");
    }
    CaseRef c =
        cases
            .locate(h.caseNumber() == null ? "" : h.caseNumber())
            .filter(x -> x.unitId() == staff.unitId())
            .orElseThrow(() -> BadInput.at("caseNumber", "hearings.hearings.case-number.unknown"));
    if (h.kind() == null) {
      throw BadInput.at("kind", "hearings.hearings.kind.required");
    }
    refuseWithheld(c.caseId());
    checkSubject(h.subject(), c);
    if (h.place() == null || h.place().isBlank() || h.place().length() > 200) {
      throw BadInput.at("place", "hearings.hearings.place.required");
    }
    PublicWording.check("place", h.place(), partyNames(c), c.caseNumber());
    if (h.startsAt() == null || !h.startsAt().isAfter(now())) {
      throw BadInput.at("startsAt", "hearings.hearings.starts-at.future");
    }
    if (h.observersAdmitted() && (h.observerSeats() < 1 || h.observerSeats() > 500)) {
      throw BadInput.at("observerSeats", "hearings.hearings.observer-seats.range");
    }
    if (h.supervisors() < 0 || h.supervisors() > 9) {
      throw BadInput.at("supervisors", "hearings.hearings.supervisors.range");
    }
    long id =
        rows.insert(
            staff.unitId(),
            c.caseId(),
            h,
            h.startsAt().atZone(clock.getZone()).toInstant(),
            staff.username(),
            clock.instant());
    record(staff, "SCHEDULE_HEARING", id, h.kind() + " " + c.caseNumber());
    if (h.supervisors() > 0) {
      draw.fill(staff, view(rows.lock(id).orElseThrow()));
    }
    return id;
  }

  /** The subject is shown to everyone: 300 characters of public wording. */
  private static void checkSubject(String subject, CaseRef c) {
    if (subject == null || subject.isBlank() || subject.length() > 300) {
      throw BadInput.at("subject", "hearings.hearings.subject.required");
    }
    PublicWording.check("subject", subject, partyNames(c), c.caseNumber());
  }

  private static List<String> partyNames(CaseRef c) {
    return c.parties().stream().map(CaseRef.PartyRef::name).toList();
  }

  /**
   * A case the law withholds from the public (an offender a minor at the offence, a secret case:
   * RULES.md §1) has no public hearing: its announcement and outcome would publish it.
   */
  private void refuseWithheld(long caseId) {
    if (withheld(caseId)) {
      throw BadInput.at("caseNumber", "hearings.hearings.case-number.not-disclosable");
    }
  }

  private boolean withheld(long caseId) {
    var c = cases.record(caseId);
    return c.secret()
        || c.accused().stream()
            .flatMap(p -> p.screening().stream())
            .anyMatch(f -> f.outcome() == ScreeningOutcome.WITHHELD_BY_LAW && !f.overridden());
  }

  @Transactional
  public void announce(StaffIdentity staff, long id) {
    PublicHearing h = managed(staff, id);
    // The case may have been found secret (or its offender a minor) since it was scheduled.
    refuseWithheld(h.caseId);
    h.announce(clock.instant());
    rows.save(h, clock.instant());
    record(staff, "ANNOUNCE_HEARING", id, h.subject);
    events.publishEvent(new HearingChanged(id));
  }

  @Transactional
  public void cancel(StaffIdentity staff, long id) {
    PublicHearing h = managed(staff, id);
    h.cancel();
    rows.save(h, clock.instant());
    record(staff, "CANCEL_HEARING", id, h.subject);
    HearingView view = view(h);
    rows.seats(id).stream()
        .filter(s -> "INVITED".equals(s.state()))
        .forEach(s -> notices.cancelledForSupervisor(view, s));
    // An observer admitted from a public node (no applicant here) is told there, when the
    // cancellation arrives.
    rows.observerList(id).stream()
        .filter(o -> o.applicantId() > 0)
        .forEach(o -> notices.cancelledForObserver(view, o.id(), o.applicantId(), o.mobile()));
    events.publishEvent(new HearingChanged(id));
  }

  @Transactional
  public void recordOutcome(StaffIdentity staff, long id, String outcome) {
    PublicHearing h = managed(staff, id);
    refuseWithheld(h.caseId);
    var c = cases.record(h.caseId);
    PublicWording.check(
        "outcome", outcome, c.parties().stream().map(p -> p.name()).toList(), c.caseNumber());
    h.recordOutcome(outcome, clock.instant());
    rows.save(h, clock.instant());
    record(staff, "RECORD_HEARING_OUTCOME", id, h.outcome);
    events.publishEvent(new HearingChanged(id));
  }

  /** Excuses a drawn supervisor (a conflict of interest) and draws another in their place. */
  @Transactional
  public void excuse(StaffIdentity staff, long id, long supervisorId, String reason) {
    PublicHearing h = managed(staff, id);
    h.openForSupervisors();
    if (reason == null || reason.isBlank()) {
      throw BadInput.at("reason", "hearings.hearings.excuse.reason-required");
    }
    HearingRows.Seat seat =
        rows.seats(id).stream()
            .filter(s -> s.supervisorId() == supervisorId && "INVITED".equals(s.state()))
            .findFirst()
            .orElseThrow(NoSuchElementException::new);
    rows.excuse(id, supervisorId, reason.strip());
    record(staff, "EXCUSE_SUPERVISOR", id, "supervisor " + supervisorId + ": " + reason.strip());
    HearingView v = view(h);
    notices.released(v, seat);
    draw.fill(staff, v);
  }

  /** A signed-in member of the public applies to observe; seats are counted under the row lock. */
  @Transactional
  public long observe(long applicantId, long hearingId, String name) {
    if (name == null || name.isBlank() || name.strip().length() > 50) {
      throw BadInput.at("name", "hearings.hearings.name.required");
    }
    PublicHearing h = rows.lock(hearingId).orElseThrow(NoSuchElementException::new);
    if (!h.shownToThePublic()) {
      throw new NoSuchElementException("hearing " + hearingId);
    }
    if (rows.observes(hearingId, applicantId)) {
      throw BadInput.at("hearing", "hearings.hearings.observer.already");
    }
    h.admitObserver(rows.observers(hearingId), clock.instant());
    String mobile = applicants.mobile(applicantId);
    // On a split deployment's public node an application is a request the inside admits (ADR 28).
    String state = h.replica ? "REQUESTED" : "ADMITTED";
    long id =
        rows.addObserver(hearingId, applicantId, name.strip(), mobile, state, clock.instant());
    if (h.replica) {
      notices.requested(view(h), id, applicantId, mobile);
    } else {
      notices.admitted(view(h), id, applicantId, mobile);
    }
    events.publishEvent(new HearingObserverChanged(id, hearingId, false));
    return id;
  }

  /** Whether this application waits for the internal node's answer (made on a public node). */
  @Transactional(readOnly = true)
  boolean isRequest(long observerId) {
    return rows.observerState(observerId).filter("REQUESTED"::equals).isPresent();
  }

  /** The hearings of the units the staff member sees. */
  @Transactional(readOnly = true)
  List<HearingView> inScope(StaffIdentity staff) {
    return rows.ofUnits(directory.unitsVisibleTo(staff)).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  HearingView get(StaffIdentity staff, long id) {
    PublicHearing h = rows.find(id).orElseThrow(NoSuchElementException::new);
    if (!directory.unitsVisibleTo(staff).contains(h.unitId)) {
      throw new NoSuchElementException("hearing " + id);
    }
    return view(h);
  }

  boolean manages(StaffIdentity staff, HearingView h) {
    return runs(staff) && staff.unitId() == h.unitId();
  }

  String caseNumber(HearingView h) {
    return cases.record(h.caseId()).caseNumber();
  }

  /** The supervisors now invited to a hearing in scope, by id (the demo excuses one). */
  @Transactional(readOnly = true)
  public List<Long> invitedSupervisors(StaffIdentity staff, long id) {
    return seats(staff, id).stream()
        .filter(s -> "INVITED".equals(s.state()))
        .map(HearingRows.Seat::supervisorId)
        .toList();
  }

  /**
   * The drawn supervisors (names, excuses): staff in scope, each look audited like the observers'.
   */
  @Transactional
  List<HearingRows.Seat> seats(StaffIdentity staff, long id) {
    HearingView h = get(staff, id);
    List<HearingRows.Seat> seats = rows.seats(id);
    record(
        staff,
        "VIEW_HEARING_SUPERVISORS",
        id,
        Texts.text("hearings.audit.supervisors", h.subject(), seats.size()));
    return seats;
  }

  /** The observers' names and mobiles: staff of the unit only, each look audited. */
  @Transactional
  List<HearingRows.Observer> observers(StaffIdentity staff, long id) {
    HearingView h = get(staff, id);
    if (!manages(staff, h)) {
      throw Forbidden.of("hearings.hearings.observers.forbidden");
    }
    List<HearingRows.Observer> list = rows.observerList(id);
    record(
        staff, "VIEW_HEARING_OBSERVERS", id, Texts.text("hearings.audit.observers", list.size()));
    return list;
  }

  /** Announced hearings ahead and held ones with their outcome: what the public sees. */
  @Transactional(readOnly = true)
  List<HearingView> published() {
    // Announced ones first, the soonest on top; then held ones, the latest on top.
    return rows.published(clock.instant()).stream()
        // A copy from the internal node has no case here (0): that node checked it before sending.
        .filter(h -> h.caseId == 0 || !withheld(h.caseId))
        .map(this::view)
        .sorted(
            Comparator.comparing((HearingView h) -> "HELD".equals(h.state()))
                .thenComparing(
                    h -> "HELD".equals(h.state()) ? -h.startsAt().toLocalDate().toEpochDay() : 0L)
                .thenComparing(HearingView::startsAt))
        .toList();
  }

  @Transactional(readOnly = true)
  HearingView publicView(long id) {
    PublicHearing h = rows.find(id).orElseThrow(NoSuchElementException::new);
    if (!h.shownToThePublic()) {
      throw new NoSuchElementException("hearing " + id);
    }
    return view(h);
  }

  LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), clock.getZone());
  }

  private PublicHearing managed(StaffIdentity staff, long id) {
    PublicHearing h = rows.lock(id).orElseThrow(NoSuchElementException::new);
    if (!directory.unitsVisibleTo(staff).contains(h.unitId)) {
      throw new NoSuchElementException("hearing " + id);
    }
    if (!runs(staff) || staff.unitId() != h.unitId) {
      throw Forbidden.of("hearings.hearings.handle.forbidden");
    }
    return h;
  }

  HearingView view(PublicHearing h) {
    return new HearingView(
        h.id,
        h.unitId,
        directory.get(h.unitId).name(),
        h.caseId,
        h.kind,
        h.subject,
        LocalDateTime.ofInstant(h.startsAt, clock.getZone()),
        h.place,
        h.observersAdmitted,
        h.observerSeats,
        rows.observers(h.id),
        h.supervisorsNeeded,
        h.state.name(),
        h.outcome);
  }

  private void record(StaffIdentity staff, String action, long id, String detail) {
    audit.record(
        staff.username(),
        staff.unitId(),
        action,
        SUBJECT,
        Long.toString(id),
        detail,
        Channel.CONSOLE);
  }

  ZoneId zone() {
    return clock.getZone();
  }
}
