package org.sunshine.platform.lawyers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.access.LawyerGrants;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CasePartyView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * The lawyer's side of requests. A request is filed only by a verified lawyer, on a case and party
 * their live binding covers, while that party's record is not concluded; anything else is refused
 * before a row is written. A lawyer never learns anything about a case they are not bound to: an
 * unknown grant and another's grant both read as "not found".
 */
@Service
class LawyerRequests {

  private final RequestRows rows;
  private final LawyerRows lawyers;
  private final LawyerGrants grants;
  private final Cases cases;
  private final ReadingRoom room;
  private final ElectronicFiles files;
  private final Complaints complaints;
  private final Uploads uploads;
  private final LawyerNotices notices;
  private final LawyerProperties properties;
  private final WorkingCalendar calendar;
  private final Clock clock;

  LawyerRequests(
      RequestRows rows,
      LawyerRows lawyers,
      LawyerGrants grants,
      Cases cases,
      ReadingRoom room,
      ElectronicFiles files,
      Complaints complaints,
      Uploads uploads,
      LawyerNotices notices,
      LawyerProperties properties,
      WorkingCalendar calendar,
      Clock clock) {
    this.rows = rows;
    this.lawyers = lawyers;
    this.grants = grants;
    this.cases = cases;
    this.room = room;
    this.files = files;
    this.complaints = complaints;
    this.uploads = uploads;
    this.notices = notices;
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * What a lawyer files.
   *
   * @param day and {@code slot}: the reading-room session, for an on-site file review
   */
  record NewRequest(
      long grantId,
      RequestType type,
      String details,
      String proposedTimes,
      LocalDate day,
      String slot,
      List<Upload> attachments) {}

  @Transactional
  public long submit(long applicantId, NewRequest n) {
    return submit(applicantId, n, clock);
  }

  /**
   * Files a request as received at the instant {@code received} says: the clock of its period runs
   * from the day it reached the unit (刑事诉讼法 第一百零五条: the periods count from that day), even when it
   * is entered later.
   */
  long submit(long applicantId, NewRequest n, Clock received) {
    LawyerRows.LawyerRow lawyer = verified(applicantId);
    LawyerGrants.Bound bound =
        grants
            .live(applicantId, n.grantId())
            .orElseThrow(() -> new NoSuchElementException("binding " + n.grantId()));
    if (n.type() == null) {
      throw BadInput.at("type", "lawyers.lawyer-requests.type.required");
    }
    if (cases.disclosure(bound.caseId(), bound.partyId()).concludedOn().isPresent()) {
      throw BadInput.at("grantId", "lawyers.lawyer-requests.grant.case-closed");
    }
    String details = n.details() == null ? "" : n.details().strip();
    if (details.length() < 2 && !n.type().bookable() && !n.type().online()) {
      throw BadInput.at("details", "lawyers.lawyer-requests.details.required");
    }
    if (n.type() == RequestType.HEARING_OF_OPINION
        && (n.proposedTimes() == null || n.proposedTimes().isBlank())) {
      throw BadInput.at("proposedTimes", "lawyers.lawyer-requests.proposed-times.required");
    }
    List<Upload> attachments =
        n.attachments() == null
            ? List.of()
            : n.attachments().stream().map(u -> uploads.check("attachments", u)).toList();
    CasePartyView party =
        cases
            .parties(List.of(new CasePartyView.Key(bound.caseId(), bound.partyId())))
            .get(new CasePartyView.Key(bound.caseId(), bound.partyId()));
    if (party == null || party.unitId() == null) {
      throw new NoSuchElementException("case " + bound.caseId());
    }
    Instant now = received.instant();
    LocalDate today = LocalDate.ofInstant(now, received.getZone());
    if (rows.filedSince(lawyer.id(), today.atStartOfDay(received.getZone()).toInstant())
        >= properties.requestsPerDay()) {
      throw BadInput.at("type", "lawyers.lawyer-requests.type.daily-limit");
    }
    DueDates.Due due = DueDates.due(properties.rule(n.type()), today, calendar);
    long id =
        rows.insertRequest(
            lawyer.id(),
            bound,
            party.unitId(),
            n.type(),
            details.isEmpty() ? "-" : details,
            blankToNull(n.proposedTimes()),
            now,
            due);
    if (n.type().bookable()) {
      room.book(id, party.unitId(), n.day(), n.slot());
    }
    for (Upload u : attachments) {
      files.add(id, ElectronicFiles.MATERIAL, u, "applicant:" + applicantId);
    }
    rows.step(id, RequestStatus.SUBMITTED, lawyer.name(), null, now);
    LawyerRequest r = rows.request(id).orElseThrow();
    notices.requestChanged(applicantId, r, now);
    return id;
  }

  @Transactional(readOnly = true)
  public List<RequestView> mine(long applicantId) {
    return lawyers
        .lawyerOf(applicantId)
        .map(l -> rows.requestsOf(l.id()).stream().map(this::summary).toList())
        .orElse(List.of());
  }

  @Transactional(readOnly = true)
  public RequestView one(long applicantId, long requestId) {
    return view(owned(applicantId, requestId));
  }

  /** The lawyer supplies what 案管 asked for: the clock runs again, the due date moved. */
  @Transactional
  public void supply(long applicantId, long requestId, String text, List<Upload> more) {
    LawyerRequest r = ownedAndBound(applicantId, requestId);
    if ((text == null || text.isBlank()) && (more == null || more.isEmpty())) {
      throw BadInput.at("text", "lawyers.lawyer-requests.correction.text-required");
    }
    List<Upload> checked =
        more == null ? List.of() : more.stream().map(u -> uploads.check("attachments", u)).toList();
    LocalDate today = LocalDate.now(clock);
    if (r.status != RequestStatus.NEEDS_SUPPLEMENT) {
      throw Conflict.of("lawyers.lawyer-requests.correction.not-asked");
    }
    LawyerProperties.Rule rule = properties.rule(r.type);
    LocalDate submitted = LocalDate.ofInstant(r.submittedAt, clock.getZone());
    DueDates.Due moved =
        DueDates.resumed(rule, submitted, r.dueBasis, r.pausedDays, r.pausedOn, today, calendar);
    int days = DueDates.paused(rule, r.pausedOn, today, calendar);
    r.supplied(moved, days);
    rows.save(r);
    checked.forEach(u -> files.add(r.id, ElectronicFiles.MATERIAL, u, "applicant:" + applicantId));
    Instant now = clock.instant();
    rows.step(r.id, r.status, "applicant:" + applicantId, text, now);
    notices.requestChanged(applicantId, r, now);
  }

  @Transactional
  public void withdraw(long applicantId, long requestId) {
    LawyerRequest r = owned(applicantId, requestId);
    Instant now = clock.instant();
    r.withdraw(now);
    rows.save(r);
    room.release(r.id);
    rows.step(r.id, r.status, "applicant:" + applicantId, null, now);
  }

  @Transactional
  public void complain(long applicantId, long requestId, String text) {
    LawyerRequest r = owned(applicantId, requestId);
    complaints.file(r, lawyers.lawyer(r.lawyerId).orElseThrow(), text);
    rows.step(
        r.id,
        r.status,
        "applicant:" + applicantId,
        Texts.text("lawyers.lawyer-requests.complaint.subject"),
        clock.instant());
  }

  /** A stamped file through a live link of the lawyer's own request. */
  @Transactional
  public Upload download(long applicantId, String token, long fileId, Channel channel) {
    long requestId =
        files.requestOfLink(token).orElseThrow(() -> new NoSuchElementException("link"));
    LawyerRequest r = ownedAndBound(applicantId, requestId);
    return files.stampedDownload(
        r.id, fileId, lawyers.lawyer(r.lawyerId).orElseThrow(), r.unitId, channel);
  }

  List<ReadingRoom.Session> sessions(long applicantId, long grantId) {
    LawyerGrants.Bound b =
        grants.live(applicantId, grantId).orElseThrow(() -> new NoSuchElementException("binding"));
    CasePartyView p =
        cases
            .parties(List.of(new CasePartyView.Key(b.caseId(), b.partyId())))
            .get(new CasePartyView.Key(b.caseId(), b.partyId()));
    return p == null || p.unitId() == null ? List.of() : room.open(p.unitId(), 14);
  }

  LawyerRows.LawyerRow verified(long applicantId) {
    return lawyers
        .lawyerOf(applicantId)
        .filter(LawyerRows.LawyerRow::verified)
        .orElseThrow(
            () -> BadInput.at("licenceNo", "lawyers.lawyer-requests.licence.not-verified"));
  }

  /**
   * A request the lawyer may still act on: their own, on a binding that is live. When the
   * representation ends the case file closes at once (第十条), a link still in hand included.
   */
  private LawyerRequest ownedAndBound(long applicantId, long requestId) {
    LawyerRequest r = owned(applicantId, requestId);
    grants.live(applicantId, r.grantId).orElseThrow(() -> new NoSuchElementException("binding"));
    return r;
  }

  private LawyerRequest owned(long applicantId, long requestId) {
    return lawyers
        .lawyerOf(applicantId)
        .flatMap(l -> rows.request(requestId).filter(r -> r.lawyerId == l.id()))
        .orElseThrow(() -> new NoSuchElementException("request " + requestId));
  }

  RequestView summary(LawyerRequest r) {
    return view(r, false);
  }

  RequestView view(LawyerRequest r) {
    return view(r, true);
  }

  private RequestView view(LawyerRequest r, boolean whole) {
    LocalDate today = LocalDate.now(clock);
    String urgency =
        r.status.open() && r.status != RequestStatus.NEEDS_SUPPLEMENT
            ? DueDates.urgency(r.dueOn, today, calendar)
            : null;
    return new RequestView(
        r.id,
        r.grantId,
        r.caseNumber,
        r.partyName,
        r.type,
        r.status,
        r.details,
        r.proposedTimes,
        r.submittedAt,
        r.dueOn,
        r.dueBasis,
        urgency,
        r.pausedDays,
        r.note,
        r.reasonCode,
        r.reasonText,
        r.decidedBy,
        r.decidedAt,
        room.of(r.id).orElse(null),
        whole ? files.of(r.id) : List.of(),
        whole ? files.linkOf(r.id).orElse(null) : null,
        whole ? complaints.of(r.id).orElse(null) : null,
        whole ? rows.steps(r.id) : List.of());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
