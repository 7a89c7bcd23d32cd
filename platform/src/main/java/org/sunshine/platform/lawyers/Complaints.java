package org.sunshine.platform.lawyers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/**
 * 申诉、控告（阻碍依法行使诉讼权利）: a lawyer's complaint of obstruction, filed from any request, is answered in
 * writing within ten days (刑事诉讼规则 第五十七条、第五十八条). The petitions capability is to own these; until it
 * does, this is their queue, kept here on its own table, for the deputy chiefs of the unit.
 */
@Service
class Complaints {

  private final JdbcClient jdbc;
  private final LawyerProperties properties;
  private final WorkingCalendar calendar;
  private final Directory directory;
  private final StaffAccounts accounts;
  private final Notifications notifications;
  private final AuditLog audit;
  private final Clock clock;

  Complaints(
      JdbcClient jdbc,
      LawyerProperties properties,
      WorkingCalendar calendar,
      Directory directory,
      StaffAccounts accounts,
      Notifications notifications,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.calendar = calendar;
    this.directory = directory;
    this.accounts = accounts;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  record ComplaintView(
      long id,
      long requestId,
      String caseNumber,
      String lawyerName,
      String text,
      Instant filedAt,
      LocalDate dueOn,
      String answer,
      String answeredBy,
      Instant answeredAt) {
    public boolean overdue(LocalDate today) {
      return answer == null && today.isAfter(dueOn);
    }
  }

  private static final String SELECT =
      """
      select c.id, c.request_id, r.case_number, l.name as lawyer_name, c.text, c.filed_at, c.due_on, c.answer, c.answered_by, c.answered_at
      from lawyer_complaint c join lawyer_request r on r.id = c.request_id join lawyer l on l.id = c.lawyer_id""";

  /** Files a complaint; the deputy chiefs of the unit hear of it at once. One per request. */
  void file(LawyerRequest r, LawyerRows.LawyerRow lawyer, String text) {
    if (text == null || text.strip().length() < 10) {
      throw BadInput.at("text", "lawyers.complaints.text.too-short");
    }
    if (of(r.id).isPresent()) {
      throw BadInput.at("text", "lawyers.complaints.text.pending");
    }
    Instant now = clock.instant();
    LocalDate filed = LocalDate.ofInstant(now, clock.getZone());
    // Ten days counted from the day after filing; a last day on a holiday moves (刑事诉讼法 第一百零五条).
    LocalDate due = calendar.onOrAfter(filed.plusDays(properties.complaintDays()));
    long id =
        jdbc.sql(
                """
                insert into lawyer_complaint (request_id, lawyer_id, unit_id, text, filed_at, due_on)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(
                r.id, lawyer.id(), r.unitId, text.strip(), Timestamp.from(now), Date.valueOf(due))
            .query(Long.class)
            .single();
    for (String deputy : accounts.holdersOf(r.unitId, Role.DEPUTY_CHIEF)) {
      notifications.send(
          new Message(
              "lawyer-complaint:" + id,
              "staff:" + deputy,
              Set.of(MessageChannel.INBOX),
              null,
              null,
              "lawyer-complaint",
              List.of(r.caseNumber, due.toString()),
              "/console/lawyers/complaints",
              false,
              false,
              r.unitId));
    }
  }

  Optional<ComplaintView> of(long requestId) {
    return jdbc.sql(SELECT + " where c.request_id = ?")
        .param(requestId)
        .query(ComplaintView.class)
        .optional();
  }

  @Transactional(readOnly = true)
  public List<ComplaintView> forStaff(StaffIdentity staff) {
    requireDeputyChief(staff);
    Set<Long> units = directory.unitsVisibleTo(staff);
    return jdbc.sql(
            SELECT + " where c.unit_id in (:units) order by (c.answer is not null), c.due_on, c.id")
        .param("units", units)
        .query(ComplaintView.class)
        .list();
  }

  /** The written reply; the lawyer is told. */
  @Transactional
  public void answer(StaffIdentity staff, long complaintId, String answer) {
    requireDeputyChief(staff);
    if (answer == null || answer.isBlank()) {
      throw BadInput.at("answer", "lawyers.complaints.answer.required");
    }
    var row =
        jdbc.sql(
                "select c.unit_id, l.applicant_id, r.case_number from lawyer_complaint c join lawyer l on l.id = c.lawyer_id"
                    + " join lawyer_request r on r.id = c.request_id where c.id = ? and c.answer is null")
            .param(complaintId)
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
            .optional()
            .filter(o -> directory.unitsVisibleTo(staff).contains((Long) o[0]))
            .orElseThrow(() -> new NoSuchElementException("complaint " + complaintId));
    Instant now = clock.instant();
    jdbc.sql(
            "update lawyer_complaint set answer = ?, answered_by = ?, answered_at = ? where id = ?")
        .params(answer.strip(), staff.username(), Timestamp.from(now), complaintId)
        .update();
    audit.record(
        staff.username(),
        staff.unitId(),
        "ANSWER_LAWYER_COMPLAINT",
        "LawyerComplaint",
        String.valueOf(complaintId),
        null,
        Channel.CONSOLE);
    notifications.send(
        new Message(
            "lawyer-complaint-answered:" + complaintId,
            LawyerNotices.recipient((Long) row[1]),
            Set.of(MessageChannel.INBOX),
            null,
            null,
            "lawyer-complaint-answered",
            List.of((String) row[2]),
            "/lawyers/me",
            false,
            false,
            (Long) row[0]));
  }

  private static void requireDeputyChief(StaffIdentity staff) {
    if (!staff.hasRole(Role.DEPUTY_CHIEF) && !staff.hasRole(Role.CHIEF_PROCURATOR)) {
      throw new AccessDeniedException("complaints of obstruction go to the deputy chief");
    }
  }
}
