package org.sunshine.platform.lawyers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * A lawyer's identity, once: 执业证号 (17 digits, 律师执业管理办法), 律所 and a copy of the licence, verified by
 * 案管 of the unit the lawyer chose; every later binding and request reuses it.
 */
@Service
class LawyerAccounts {

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
  private static final Pattern LICENCE = Pattern.compile("\\d{17}");

  private final LawyerRows rows;
  private final Uploads uploads;
  private final Directory directory;
  private final LawyerNotices notices;
  private final AuditLog audit;
  private final Clock clock;

  LawyerAccounts(
      LawyerRows rows,
      Uploads uploads,
      Directory directory,
      LawyerNotices notices,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.uploads = uploads;
    this.directory = directory;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  Optional<LawyerRows.LawyerRow> of(long applicantId) {
    return rows.lawyerOf(applicantId);
  }

  /** Registers (or, after a refusal, registers again); a verified identity is not changed here. */
  @Transactional
  public long register(long applicantId, LawyerForm f, Upload licence) {
    require(f.name(), "name", "请填写姓名");
    if (f.idNumber() == null || !ID_NUMBER.matcher(f.idNumber().strip()).matches()) {
      throw new IllegalArgumentException("idNumber: 请填写 18 位居民身份证号码");
    }
    if (f.licenceNo() == null || !LICENCE.matcher(f.licenceNo().strip()).matches()) {
      throw new IllegalArgumentException("licenceNo: 律师执业证号为 17 位数字");
    }
    require(f.lawFirm(), "lawFirm", "请填写律师事务所");
    if (directory.find(f.unitId()).isEmpty()) {
      throw new IllegalArgumentException("unitId: 请选择核验身份的检察院");
    }
    Upload file = uploads.check("licence", licence);
    if (rows.lawyerOf(applicantId).filter(LawyerRows.LawyerRow::verified).isPresent()) {
      throw new IllegalArgumentException("licenceNo: 您的律师身份已核验，无需重复提交");
    }
    if (rows.licenceTaken(f.licenceNo().strip(), applicantId)) {
      throw new IllegalArgumentException("licenceNo: 该执业证号已由其他账号登记");
    }
    LawyerForm clean =
        new LawyerForm(
            f.name().strip(),
            f.idNumber().strip().toUpperCase(),
            f.licenceNo().strip(),
            f.lawFirm().strip(),
            f.unitId());
    return rows.saveLawyer(applicantId, clean, file, clock.instant());
  }

  /** Lawyers registered with the units in this 案管's scope, those waiting first. */
  @Transactional(readOnly = true)
  public List<LawyerRows.LawyerRow> forStaff(StaffIdentity staff) {
    requireCaseManagement(staff);
    return rows.lawyersIn(directory.unitsVisibleTo(staff));
  }

  /** 案管 verifies (or refuses, with the reason) the identity; the lawyer is told. */
  @Transactional
  public void verify(StaffIdentity staff, long lawyerId, boolean ok, String note) {
    LawyerRows.LawyerRow l = inScope(staff, lawyerId);
    if (!ok && (note == null || note.isBlank())) {
      throw new IllegalArgumentException("note: 不予核验须说明理由");
    }
    Instant now = clock.instant();
    if (rows.setLawyerStatus(lawyerId, ok ? "VERIFIED" : "REJECTED", note, staff.username(), now)
        != 1) {
      throw new IllegalStateException("该律师身份已核验或已退回");
    }
    notices.verified(l.applicantId(), lawyerId, ok, l.unitId(), now);
    audit.record(
        staff.username(),
        staff.unitId(),
        ok ? "VERIFY_LAWYER" : "REFUSE_LAWYER",
        "Lawyer",
        String.valueOf(lawyerId),
        note,
        Channel.CONSOLE);
  }

  /** The licence copy, for 案管 checking it: a view of personal data, audited. */
  @Transactional
  public Upload licence(StaffIdentity staff, long lawyerId) {
    inScope(staff, lawyerId);
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_LAWYER_LICENCE",
        "Lawyer",
        String.valueOf(lawyerId),
        null,
        Channel.CONSOLE);
    return rows.licence(lawyerId);
  }

  /** The lawyer's own licence copy, sent with each binding as the access application's material. */
  Upload ownLicence(long lawyerId) {
    return rows.licence(lawyerId);
  }

  Upload checked(String field, Upload u) {
    return uploads.check(field, u);
  }

  private LawyerRows.LawyerRow inScope(StaffIdentity staff, long lawyerId) {
    requireCaseManagement(staff);
    return rows.lawyer(lawyerId)
        .filter(l -> directory.unitsVisibleTo(staff).contains(l.unitId()))
        .orElseThrow(() -> new NoSuchElementException("lawyer " + lawyerId));
  }

  static void requireCaseManagement(StaffIdentity staff) {
    if (!staff.hasRole(Role.CASE_MANAGEMENT)) {
      throw new AccessDeniedException("lawyer services are 案件管理部门's work");
    }
  }

  static void require(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": " + message);
    }
  }
}
