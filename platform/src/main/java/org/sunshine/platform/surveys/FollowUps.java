package org.sunshine.platform.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * 不满意的，两个工作日内回访核查 (issue 20): any dimension rated 不满意 opens one follow-up for the case's unit, due
 * on the second working day after the answer (the shared working calendar: holidays and 调休 move
 * it); the unit closes it with a note of what it did, and an open one past its day is flagged.
 */
@Service
class FollowUps {

  private final FollowUpRows rows;
  private final WorkingCalendar calendar;
  private final SurveyProperties properties;
  private final Directory directory;
  private final AuditLog audit;
  private final StaffAccounts accounts;
  private final Notifications notifications;
  private final Clock clock;

  FollowUps(
      FollowUpRows rows,
      WorkingCalendar calendar,
      SurveyProperties properties,
      Directory directory,
      AuditLog audit,
      StaffAccounts accounts,
      Notifications notifications,
      Clock clock) {
    this.rows = rows;
    this.calendar = calendar;
    this.properties = properties;
    this.directory = directory;
    this.audit = audit;
    this.accounts = accounts;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** In the answer's transaction. */
  void openIfDissatisfied(Invitation i, Instant at) {
    List<Dimension> low = i.dissatisfiedOn();
    if (low.isEmpty()) {
      return;
    }
    LocalDate day = LocalDate.ofInstant(at, clock.getZone());
    LocalDate due = calendar.plusWorkingDays(day, properties.followUpWorkingDays());
    String dimensions = low.stream().map(Dimension::name).collect(Collectors.joining(","));
    if (rows.open(i, dimensions, day, due)) {
      tellCaseManagement(i, due);
    }
  }

  /**
   * The unit's 案管 learn of it in their inbox at once: two working days leave no time to find it on
   * a page by chance. The message names the case, never the respondent.
   */
  private void tellCaseManagement(Invitation i, LocalDate due) {
    for (String username : accounts.holdersOf(i.unitId, Role.CASE_MANAGEMENT)) {
      notifications.send(
          new Message(
              "survey-follow-up:" + i.id + ":" + username,
              "staff:" + username,
              Set.of(MessageChannel.INBOX),
              null,
              null,
              "survey-follow-up",
              List.of(i.caseNumber, due.toString()),
              "/console/surveys?unit=" + i.unitId,
              false,
              false,
              i.unitId));
    }
  }

  /** The follow-ups of the units the staff member sees. */
  @Transactional(readOnly = true)
  List<FollowUp> visibleTo(StaffIdentity me, int limit) {
    return rows.of(directory.unitsVisibleTo(me), limit);
  }

  @Transactional(readOnly = true)
  List<FollowUp> of(Collection<Long> units, int limit) {
    return rows.of(units, limit);
  }

  /**
   * The unit's 案管, a department head or a chief closes it, with a note (audited).
   *
   * @throws AccessDeniedException for anyone else or another unit's follow-up
   */
  @Transactional
  void close(StaffIdentity me, long id, String note) {
    FollowUp f = rows.byId(id).orElseThrow(() -> new NoSuchElementException("follow-up " + id));
    if (!mayClose(me, f.unitId)) {
      throw new AccessDeniedException("a follow-up is closed by its unit");
    }
    f.close(note, me.username(), clock.instant());
    rows.save(f);
    audit.record(
        me.username(),
        me.unitId(),
        "CLOSE_SURVEY_FOLLOW_UP",
        "SurveyFollowUp",
        String.valueOf(id),
        f.caseNumber,
        Channel.CONSOLE);
  }

  static boolean mayClose(StaffIdentity me, long unitId) {
    return me.unitId() == unitId
        && (me.hasRole(Role.CASE_MANAGEMENT)
            || me.hasRole(Role.DEPARTMENT_HEAD)
            || me.hasRole(Role.DEPUTY_CHIEF)
            || me.hasRole(Role.CHIEF_PROCURATOR));
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
