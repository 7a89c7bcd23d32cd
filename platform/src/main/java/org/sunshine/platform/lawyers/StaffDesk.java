package org.sunshine.platform.lawyers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * 案管's 律师服务 desk: the queue of open requests by time left (超期 first, then 临期, then by due date and
 * the longest waiting), and each step of a request — accept, ask for a supplement, decide, confirm
 * or move a reading-room booking, release the electronic file, fulfil, file — each audited, each
 * told to the lawyer.
 */
@Service
class StaffDesk {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern(Texts.text("lawyers.staff-desk.date-pattern"))
          .withZone(ZoneId.of("Asia/Shanghai"));

  private final RequestRows rows;
  private final LawyerRows lawyers;
  private final LawyerRequests requests;
  private final ReadingRoom room;
  private final ElectronicFiles files;
  private final Uploads uploads;
  private final Pdfs pdfs;
  private final LawyerNotices notices;
  private final Routing routing;
  private final Directory directory;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  StaffDesk(
      RequestRows rows,
      LawyerRows lawyers,
      LawyerRequests requests,
      ReadingRoom room,
      ElectronicFiles files,
      Uploads uploads,
      Pdfs pdfs,
      LawyerNotices notices,
      Routing routing,
      Directory directory,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.rows = rows;
    this.lawyers = lawyers;
    this.requests = requests;
    this.room = room;
    this.files = files;
    this.uploads = uploads;
    this.pdfs = pdfs;
    this.notices = notices;
    this.routing = routing;
    this.directory = directory;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  private static final List<String> ORDER = List.of("OVERDUE", "NEAR", "NORMAL");

  /** Open requests, the most urgent first; those waiting for the lawyer's supplement last. */
  @Transactional(readOnly = true)
  public List<RequestView> queue(StaffIdentity staff) {
    LawyerAccounts.requireCaseManagement(staff);
    List<RequestView> list =
        new ArrayList<>(
            rows.openIn(directory.unitsVisibleTo(staff)).stream().map(requests::summary).toList());
    list.sort(
        Comparator.comparingInt(
                (RequestView v) -> v.urgency() == null ? 9 : ORDER.indexOf(v.urgency()))
            .thenComparing(RequestView::dueOn)
            .thenComparing(RequestView::submittedAt));
    return list;
  }

  /** The office phone this person gave with their last decision, to fill the form again. */
  @Transactional(readOnly = true)
  public String lastPhone(StaffIdentity staff) {
    return rows.lastPhoneOf(staff.username());
  }

  @Transactional(readOnly = true)
  public List<RequestView> decided(StaffIdentity staff) {
    LawyerAccounts.requireCaseManagement(staff);
    return rows.decidedIn(directory.unitsVisibleTo(staff)).stream().map(requests::summary).toList();
  }

  /** The queue names lawyers and parties: the look at it is audited, as every list of them is. */
  void recordQueueLook(StaffIdentity staff, int open, int decided) {
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_LAWYER_QUEUE",
        "LawyerRequest",
        null,
        open + " open, " + decided + " decided",
        Channel.CONSOLE);
  }

  /** One request with the lawyer's name and licence: personal data, so the view is audited. */
  @Transactional
  public RequestView view(StaffIdentity staff, long id) {
    LawyerRequest r = inScope(staff, id);
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_LAWYER_REQUEST",
        "LawyerRequest",
        String.valueOf(id),
        null,
        Channel.CONSOLE);
    return requests.view(r);
  }

  LawyerRows.LawyerRow lawyerOf(StaffIdentity staff, long requestId) {
    return lawyers.lawyer(inScope(staff, requestId).lawyerId).orElseThrow();
  }

  /** 案管 sends the request to the handling procurators' task inbox. */
  @Transactional
  public void route(StaffIdentity staff, long id) {
    LawyerAccounts.requireCaseManagement(staff);
    LawyerRequest r = inScope(staff, id);
    routing.route(staff, r);
    rows.step(
        r.id,
        r.status,
        staff.username(),
        Texts.text("lawyers.staff-desk.step.routed"),
        clock.instant());
    audit.record(
        staff.username(),
        staff.unitId(),
        "ROUTE_LAWYER_REQUEST",
        "LawyerRequest",
        String.valueOf(id),
        null,
        Channel.CONSOLE);
  }

  boolean routed(long id) {
    return routing.routed(id);
  }

  @Transactional
  public void accept(StaffIdentity staff, long id) {
    LawyerRequest r = inScope(staff, id);
    r.accept();
    done(staff, r, null);
  }

  @Transactional
  public void askForSupplement(StaffIdentity staff, long id, String what) {
    LawyerRequest r = inScope(staff, id);
    r.askForSupplement(what, LocalDate.now(clock));
    done(staff, r, what);
  }

  /** The decision; a refusal or partial grant without a reason code and text is not saved. */
  @Transactional
  public void decide(
      StaffIdentity staff, long id, RequestStatus outcome, String code, String text) {
    decide(staff, id, outcome, code, text, null);
  }

  /**
   * The decision with the decider's office phone, which the push and the lawyer's page give (2023
   * 意见: key decisions pushed to the lawyer); without one, the unit's service phone.
   */
  @Transactional
  public void decide(
      StaffIdentity staff, long id, RequestStatus outcome, String code, String text, String phone) {
    LawyerRequest r = inScope(staff, id);
    r.decide(outcome, code, text, staff.username(), phone, clock.instant());
    routing.answered(staff, r);
    if (outcome == RequestStatus.REFUSED) {
      room.release(r.id);
    } else if (r.type.bookable()) {
      room.confirm(r.id);
    }
    done(staff, r, text);
  }

  /** 案管 moves a booking to another session (the lawyer is told with the request's news). */
  @Transactional
  public void moveBooking(StaffIdentity staff, long id, LocalDate day, String slot) {
    LawyerRequest r = inScope(staff, id);
    // A refused request has given its place back: only a pending or granted one holds a seat.
    boolean granted = r.status == RequestStatus.GRANTED || r.status == RequestStatus.PARTLY_GRANTED;
    if (!r.type.bookable() || !(r.status.open() || granted)) {
      throw Conflict.of("lawyers.staff-desk.rebook.none");
    }
    room.book(r.id, r.unitId, day, slot);
    room.confirm(r.id);
    r.note = day + " " + slot;
    done(staff, r, Texts.text("lawyers.staff-desk.step.rebooked", day, slot));
  }

  /**
   * The handler releases the electronic file to a granted online review: the lawyer gets a link
   * valid seven days and the request is fulfilled.
   */
  @Transactional
  public void release(StaffIdentity staff, long id, Upload pdf) {
    LawyerRequest r = inScope(staff, id);
    if (!r.type.online()) {
      throw Conflict.of("lawyers.staff-desk.files.online-only");
    }
    Upload checked = uploads.checkPdf("file", pdf);
    r.fulfil(null);
    files.add(r.id, ElectronicFiles.CASE_FILE, checked, staff.username());
    files.issueLink(r.id);
    done(staff, r, checked.fileName());
  }

  @Transactional
  public void fulfil(StaffIdentity staff, long id, String what) {
    LawyerRequest r = inScope(staff, id);
    r.fulfil(what);
    done(staff, r, what);
  }

  @Transactional
  public void close(StaffIdentity staff, long id) {
    LawyerRequest r = inScope(staff, id);
    r.close(clock.instant());
    done(staff, r, null);
  }

  /** 回复函: the written answer to a decided request, as a PDF (audited: it names the lawyer). */
  @Transactional
  public byte[] replyLetter(StaffIdentity staff, long id) {
    LawyerRequest r = inScope(staff, id);
    if (r.outcome == null) {
      throw Conflict.of("lawyers.staff-desk.not-answered");
    }
    LawyerRows.LawyerRow l = lawyers.lawyer(r.lawyerId).orElseThrow();
    String unit = directory.get(r.unitId).name();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(text("lawyers.letter.salutation", l.name()));
    paragraphs.add(
        text(
            "lawyers.letter.body",
            DAY.format(r.submittedAt),
            r.caseNumber,
            r.partyName,
            text("lawyers.type." + r.type),
            text("lawyers.status." + r.outcome)));
    if (r.reasonCode != null) {
      paragraphs.add(
          text("lawyers.letter.reason", text("lawyers.reason." + r.reasonCode), r.reasonText));
    } else if (r.reasonText != null) {
      paragraphs.add(r.reasonText);
    }
    paragraphs.add(text("lawyers.letter.remedy"));
    paragraphs.add(unit);
    paragraphs.add(DAY.format(r.decidedAt));
    audit.record(
        staff.username(),
        staff.unitId(),
        "PRINT_LAWYER_REPLY",
        "LawyerRequest",
        String.valueOf(id),
        null,
        Channel.CONSOLE);
    return pdfs.letter(text("lawyers.letter.title"), paragraphs);
  }

  Upload material(StaffIdentity staff, long requestId, long fileId) {
    inScope(staff, requestId);
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_LAWYER_MATERIAL",
        "LawyerRequest",
        String.valueOf(requestId),
        "file " + fileId,
        Channel.CONSOLE);
    return files.material(requestId, fileId);
  }

  private void done(StaffIdentity staff, LawyerRequest r, String note) {
    Instant now = clock.instant();
    rows.save(r);
    rows.step(r.id, r.status, staff.username(), note, now);
    audit.record(
        staff.username(),
        staff.unitId(),
        "LAWYER_REQUEST_" + r.status,
        "LawyerRequest",
        String.valueOf(r.id),
        null,
        Channel.CONSOLE);
    notices.requestChanged(lawyers.lawyer(r.lawyerId).orElseThrow().applicantId(), r, now);
  }

  /** 案管, or the handling unit's procurators (a request routed to their task inbox). */
  /**
   * 案管 works every request of the units in its scope. A handler (without 案管's role) works only a
   * request 案管 routed to them: of their own unit, while its task is pending (and afterwards the one
   * they decided) — not every request a wide data scope would show.
   */
  private LawyerRequest inScope(StaffIdentity staff, long id) {
    boolean caseManagement = staff.hasRole(Role.CASE_MANAGEMENT);
    if (!caseManagement && !staff.hasRole(Role.CASE_HANDLER)) {
      LawyerAccounts.requireCaseManagement(staff);
    }
    return rows.request(id)
        .filter(r -> directory.unitsVisibleTo(staff).contains(r.unitId))
        .filter(
            r ->
                caseManagement
                    || (r.unitId == staff.unitId()
                        && (routing.routed(r.id) || staff.username().equals(r.decidedBy))))
        .orElseThrow(() -> new NoSuchElementException("request " + id));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
