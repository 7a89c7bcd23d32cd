package org.sunshine.platform.lawyers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;

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
    require(f.name(), "name", Texts.text("lawyers.lawyer-accounts.name.required"));
    if (f.idNumber() == null || !ID_NUMBER.matcher(f.idNumber().strip()).matches()) {
      throw BadInput.at("idNumber", "lawyers.lawyer-accounts.id-number.format");
    }
    if (f.licenceNo() == null || !LICENCE.matcher(f.licenceNo().strip()).matches()) {
      throw BadInput.at("licenceNo", "lawyers.lawyer-accounts.licence.format");
    }
    require(f.lawFirm(), "lawFirm", Texts.text("lawyers.lawyer-accounts.firm.required"));
    if (directory.find(f.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "lawyers.lawyer-accounts.unit.required");
    }
    Upload file = uploads.check("licence", licence);
    if (rows.lawyerOf(applicantId).filter(LawyerRows.LawyerRow::verified).isPresent()) {
      throw BadInput.at("licenceNo", "lawyers.lawyer-accounts.licence.verified");
    }
    if (rows.licenceTaken(f.licenceNo().strip(), applicantId)) {
      throw BadInput.at("licenceNo", "lawyers.lawyer-accounts.licence.taken");
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
      throw BadInput.at("note", "lawyers.lawyer-accounts.refuse.note-required");
    }
    Instant now = clock.instant();
    if (rows.setLawyerStatus(lawyerId, ok ? "VERIFIED" : "REJECTED", note, staff.username(), now)
        != 1) {
      throw Conflict.of("lawyers.lawyer-accounts.decided");
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
      throw Forbidden.of("lawyers.lawyer-accounts.forbidden");
    }
  }

  static void require(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": " + message);
    }
  }
}
