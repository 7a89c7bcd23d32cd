package org.sunshine.platform.petitions;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;

/**
 * 行贿犯罪档案查询 (row 27): a company or person asks with the names to check; 控申 checks the case records
 * for convictions of 行贿罪, 单位行贿罪, 对单位行贿罪 and 介绍贿赂罪 within the configured years, and answers with a
 * 告知函 within 3 working days. Only units named in the settings offer it.
 */
@Service
class BriberyChecks {

  private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final Directory directory;
  private final WorkingCalendar calendar;
  private final HallProperties settings;
  private final AuditLog audit;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final BriberyNotices notices;
  private final Clock clock;

  BriberyChecks(
      JdbcClient jdbc,
      Directory directory,
      WorkingCalendar calendar,
      HallProperties settings,
      AuditLog audit,
      MessageSource messages,
      ApplicationEventPublisher events,
      BriberyNotices notices,
      Clock clock) {
    this.events = events;
    this.notices = notices;
    this.jdbc = jdbc;
    this.directory = directory;
    this.calendar = calendar;
    this.settings = settings;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  boolean offeredBy(long unitId) {
    return directory
        .find(unitId)
        .map(u -> settings.briberyCheckUnits().contains(u.code()))
        .orElse(false);
  }

  List<Long> units() {
    return directory.all().stream()
        .filter(u -> settings.briberyCheckUnits().contains(u.code()))
        .map(u -> u.id())
        .toList();
  }

  @Transactional
  long request(long applicantId, long unitId, String requester, String names, String purpose) {
    if (!offeredBy(unitId)) {
      throw BadInput.at("unitId", "petitions.bribery-checks.unit.not-serving");
    }
    if (blank(requester) || blank(names) || blank(purpose)) {
      throw BadInput.at("names", "petitions.bribery-checks.names.required");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate due = TimeLimit.parse(settings.briberyCheckTime()).from(today, calendar);
    long id =
        jdbc.sql(
                """
            insert into bribery_check (unit_id, applicant_id, requester, names, purpose, state, received_on,
              due_on, created_at)
            values (?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?) returning id""")
            .params(
                unitId,
                applicantId,
                requester.strip(),
                names.strip(),
                purpose.strip(),
                Date.valueOf(today),
                Date.valueOf(due),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    // After commit: on a public node the transfer carries it inside to be answered.
    events.publishEvent(new BriberyCheckRequested(id));
    return id;
  }

  @Transactional
  void answer(StaffIdentity staff, long id, boolean found, String finding) {
    BriberyRecordCheck c = lock(id).orElseThrow(NoSuchElementException::new);
    if (!PetitionAccess.office(staff) || staff.unitId() != c.unitId) {
      throw Forbidden.of("petitions.bribery-checks.answer.forbidden");
    }
    c.answer(found, finding, code(), LocalDate.now(clock), staff.username());
    jdbc.sql(
            """
            update bribery_check set state = ?, found = ?, finding = ?, verification_code = ?, answered_on = ?,
              answered_by = ? where id = ?""")
        .params(
            c.state.name(),
            c.found,
            c.finding,
            c.verificationCode,
            Date.valueOf(c.answeredOn),
            c.answeredBy,
            id)
        .update();
    audit.record(
        staff.username(),
        staff.unitId(),
        "ANSWER_BRIBERY_CHECK",
        "BriberyCheck",
        String.valueOf(id),
        found ? "found" : "none",
        Channel.CONSOLE);
    if (!c.filedOutside) {
      notices.answered(id, c.applicantId, c.unitId);
    }
    events.publishEvent(new BriberyCheckAnswered(id, c.filedOutside));
  }

  /**
   * The checks of the units a 控申 officer sees, for the console: who asked, about whom, and what was
   * found, so the look is audited with the checks shown.
   */
  @Transactional
  List<BriberyRecordCheck> forConsole(StaffIdentity staff) {
    if (!PetitionAccess.office(staff)) {
      throw Forbidden.of("petitions.bribery-checks.read.forbidden");
    }
    List<BriberyRecordCheck> shown = ofUnits(directory.unitsVisibleTo(staff));
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_BRIBERY_CHECKS",
        "BriberyCheck",
        null,
        shown.size()
            + " shown: "
            + shown.stream().map(c -> Long.toString(c.id)).collect(Collectors.joining(",")),
        Channel.CONSOLE);
    return shown;
  }

  @Transactional(readOnly = true)
  List<BriberyRecordCheck> ofUnits(Collection<Long> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from bribery_check where unit_id in (:u) order by state desc, id desc limit 500")
        .param("u", units)
        .query(BriberyChecks::map)
        .list();
  }

  @Transactional(readOnly = true)
  List<BriberyRecordCheck> ofApplicant(long applicantId) {
    return jdbc.sql("select * from bribery_check where applicant_id = ? order by id desc")
        .param(applicantId)
        .query(BriberyChecks::map)
        .list();
  }

  @Transactional(readOnly = true)
  Optional<BriberyRecordCheck> find(long id) {
    return jdbc.sql("select * from bribery_check where id = ?")
        .param(id)
        .query(BriberyChecks::map)
        .optional();
  }

  /** The letter a verification code belongs to (anyone may check one). */
  @Transactional(readOnly = true)
  Optional<BriberyRecordCheck> verify(String code) {
    if (code == null || !code.strip().toUpperCase(ZH).matches("XH[0-9A-Z]{10}")) {
      return Optional.empty();
    }
    return jdbc.sql("select * from bribery_check where verification_code = ?")
        .param(code.strip().toUpperCase(ZH))
        .query(BriberyChecks::map)
        .optional();
  }

  /** The 告知函's text, from the bundle. */
  String letter(BriberyRecordCheck c) {
    String unit = directory.get(c.unitId).name();
    String key = c.found ? "bribery.letter.found" : "bribery.letter.none";
    return messages.getMessage(
        key,
        new Object[] {
          c.requester,
          c.names,
          settings.briberyCheckYears(),
          c.finding,
          unit,
          c.answeredOn,
          c.verificationCode
        },
        ZH);
  }

  private Optional<BriberyRecordCheck> lock(long id) {
    return jdbc.sql("select * from bribery_check where id = ? for update")
        .param(id)
        .query(BriberyChecks::map)
        .optional();
  }

  private String code() {
    StringBuilder b = new StringBuilder("XH");
    for (int i = 0; i < 10; i++) {
      b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static BriberyRecordCheck map(ResultSet rs, int n) throws SQLException {
    BriberyRecordCheck c =
        new BriberyRecordCheck(
            rs.getLong("id"),
            rs.getLong("unit_id"),
            rs.getLong("applicant_id"),
            rs.getString("requester"),
            rs.getString("names"),
            rs.getString("purpose"),
            rs.getDate("received_on").toLocalDate(),
            rs.getDate("due_on").toLocalDate());
    c.state = BriberyRecordCheck.State.valueOf(rs.getString("state"));
    boolean found = rs.getBoolean("found");
    c.found = rs.wasNull() ? null : found;
    c.finding = rs.getString("finding");
    c.verificationCode = rs.getString("verification_code");
    Date answered = rs.getDate("answered_on");
    c.answeredOn = answered == null ? null : answered.toLocalDate();
    c.answeredBy = rs.getString("answered_by");
    c.filedOutside = rs.getBoolean("filed_outside");
    return c;
  }
}
