package org.sunshine.platform.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseRef;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;
import org.sunshine.platform.texts.Texts;

/**
 * Applications to follow a case, and 案管's decisions on them. A case number and party that do not
 * match are refused at submission with one answer whichever was wrong (the applicant learns nothing
 * about which cases exist); on a public node, which holds no cases, 案管 inside finds it and answers.
 */
@Service
class AccessApplications {

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
  private static final Set<String> FILE_TYPES =
      Set.of("application/pdf", "image/jpeg", "image/png");
  static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  private final AccessRows rows;
  private final GrantRows grants;
  private final Cases cases;
  private final Directory directory;
  private final Applicants applicants;
  private final ApplicantNotices notices;
  private final AuditLog audit;
  private final AccessProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  AccessApplications(
      AccessRows rows,
      GrantRows grants,
      Cases cases,
      Directory directory,
      Applicants applicants,
      ApplicantNotices notices,
      AuditLog audit,
      AccessProperties properties,
      Clock clock,
      ApplicationEventPublisher events) {
    this.rows = rows;
    this.grants = grants;
    this.cases = cases;
    this.directory = directory;
    this.applicants = applicants;
    this.notices = notices;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Files an application. The case number may be typed with any brackets around the year. Where
   * this node holds the cases, a number and party that do not match are refused with the same words
   * whichever was wrong (nothing can be enumerated); a public node leaves that to 案管 inside. An
   * application the applicant already has waiting or approved for the same case and party is
   * refused.
   */
  @Transactional
  public long submit(long applicantId, ApplicationForm typed, List<MaterialUpload> materials) {
    validate(typed, materials);
    ApplicationForm form = normalised(typed);
    directory.get(form.verifyingUnitId());
    var ref = cases.locate(form.caseNumber());
    var party =
        ref.flatMap(
            r -> r.parties().stream().filter(p -> p.name().equals(form.partyName())).findFirst());
    if (party.isEmpty() && cases.checksCaseNumbers()) {
      throw new IllegalArgumentException(NO_MATCH);
    }
    if (rows.hasOpenApplication(applicantId, form.caseNumber(), form.partyName())) {
      throw new IllegalArgumentException(DUPLICATE);
    }
    Long caseId = ref.map(CaseRef::caseId).orElse(null);
    Long partyId = party.map(CaseRef.PartyRef::id).orElse(null);
    Long handling = ref.map(CaseRef::unitId).orElse(null);
    Instant now = clock.instant();
    long id = rows.insertApplication(applicantId, form, caseId, partyId, handling, now);
    for (MaterialUpload m : materials) {
      rows.insertMaterial(id, m, now);
    }
    events.publishEvent(new AccessApplicationSubmitted(id));
    return id;
  }

  static final String NO_MATCH =
      "caseNumber: " + Texts.text("access.access-applications.case-number.mismatch");
  static final String DUPLICATE =
      "caseNumber: " + Texts.text("access.access-applications.case-number.duplicate");

  private ApplicationForm normalised(ApplicationForm f) {
    return new ApplicationForm(
        cases.normaliseNumber(f.caseNumber()),
        f.partyName().strip(),
        f.relation(),
        f.applicantName(),
        f.idNumber(),
        f.lawyerLicence(),
        f.lawFirm(),
        f.verifyingUnitId());
  }

  /** More materials after 案管 asked for them; the application goes back in the queue. */
  @Transactional
  public void addMaterials(long applicantId, long applicationId, List<MaterialUpload> materials) {
    AccessApplication a = new AccessApplication(ownedBy(applicantId, applicationId));
    a.resubmit();
    if (materials.isEmpty()) {
      throw BadInput.at("materials", "access.access-applications.materials.required");
    }
    materials.forEach(this::checkFile);
    materials.forEach(m -> rows.insertMaterial(applicationId, m, clock.instant()));
    rows.save(a);
    events.publishEvent(new AccessApplicationSubmitted(applicationId));
  }

  @Transactional(readOnly = true)
  public List<ApplicationView> of(long applicantId) {
    return views(rows.applicationsOf(applicantId));
  }

  @Transactional(readOnly = true)
  public List<ApplicationView> forStaff(StaffIdentity staff) {
    requireCaseManagement(staff);
    return views(rows.applicationsForUnits(directory.unitsVisibleTo(staff)));
  }

  /** One application with its materials: the applicant's personal data, so the view is audited. */
  @Transactional
  public ApplicationView view(StaffIdentity staff, long applicationId) {
    AccessRows.ApplicationRow a = inScope(staff, applicationId);
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_ACCESS_APPLICATION",
        "AccessApplication",
        String.valueOf(applicationId),
        null,
        Channel.CONSOLE);
    return a.view(unit -> directory.find(unit).map(ProcuratorateView::name).orElse(null));
  }

  /**
   * A list names its units from one read of the directory (small, and public), not one read per
   * application.
   */
  private List<ApplicationView> views(List<AccessRows.ApplicationRow> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names =
        directory.all().stream()
            .collect(Collectors.toMap(ProcuratorateView::id, ProcuratorateView::name));
    return list.stream().map(a -> a.view(names::get)).toList();
  }

  @Transactional
  public AccessRows.Material material(StaffIdentity staff, long applicationId, long materialId) {
    inScope(staff, applicationId);
    audit.record(
        staff.username(),
        staff.unitId(),
        "VIEW_APPLICATION_MATERIAL",
        "AccessApplication",
        String.valueOf(applicationId),
        "material " + materialId,
        Channel.CONSOLE);
    return rows.material(applicationId, materialId).orElseThrow();
  }

  /**
   * 案管 decides. At the applicant's home county (第九条) an approval verifies the materials and
   * forwards the application; at the handling unit it issues the grant and its 查询码.
   */
  @Transactional
  public Decision decide(StaffIdentity staff, long applicationId, Verdict verdict, String note) {
    AccessApplication a = new AccessApplication(inScope(staff, applicationId));
    Instant now = clock.instant();
    return switch (verdict) {
      case REJECT -> reject(staff, a, note, now);
      case ASK_MORE -> askForMore(staff, a, note, now);
      case APPROVE ->
          atHandlingUnit(staff, a) ? approve(staff, a, note, now) : forward(staff, a, note, now);
    };
  }

  private Decision reject(StaffIdentity staff, AccessApplication a, String note, Instant now) {
    a.reject(note, staff.username(), now);
    notices.answered(a, now);
    return decided(staff, a, "REJECT", null);
  }

  private Decision askForMore(StaffIdentity staff, AccessApplication a, String note, Instant now) {
    a.askForMore(note, staff.username(), now);
    notices.answered(a, now);
    return decided(staff, a, "ASK_MORE", null);
  }

  private Decision forward(StaffIdentity staff, AccessApplication a, String note, Instant now) {
    a.forward(currentCase(a), note, staff.username(), now);
    return decided(staff, a, "FORWARD", null);
  }

  private Decision approve(StaffIdentity staff, AccessApplication a, String note, Instant now) {
    a.approve(
        currentCase(a),
        () -> grants.otherLawyersBound(a.partyId, a.applicantId, now),
        note,
        staff.username(),
        now);
    String code = Hashes.queryCode();
    grants.insertGrant(a, Hashes.queryCode(code), code, now, now.plus(properties.grantRetention()));
    notices.answered(a, now);
    // An application filed on the public node gets its code there, shown to the applicant alone;
    // nobody at the console sees it.
    return decided(staff, a, "APPROVE", rows.fromPublicNode(a.id) ? null : code);
  }

  /** Saves the transition, audits it and tells the other node (and listeners) it was decided. */
  private Decision decided(StaffIdentity staff, AccessApplication a, String what, String code) {
    rows.save(a);
    record(staff, a.id, what);
    events.publishEvent(new AccessApplicationDecided(a.id));
    return new Decision(a.status(), code);
  }

  /** Staff of the unit handling the case approve; anyone else verifies and forwards. */
  private boolean atHandlingUnit(StaffIdentity staff, AccessApplication a) {
    return a.handlingUnit != null && directory.unitsVisibleTo(staff).contains(a.handlingUnit);
  }

  /** The case as it stands now (its parties may have changed since the application). */
  private CaseRef currentCase(AccessApplication a) {
    return a.caseId == null ? null : cases.locate(a.caseNumber).orElseThrow();
  }

  /** 案管's verdict on an application. */
  public enum Verdict {
    APPROVE,
    REJECT,
    ASK_MORE
  }

  /**
   * The new status; the 查询码 in clear when a grant was issued (to hand over at the window, once).
   */
  public record Decision(ApplicationStatus status, String queryCode) {}

  private void record(StaffIdentity staff, long id, String what) {
    audit.record(
        staff.username(),
        staff.unitId(),
        "DECIDE_ACCESS_APPLICATION",
        "AccessApplication",
        String.valueOf(id),
        what,
        Channel.CONSOLE);
  }

  private AccessRows.ApplicationRow ownedBy(long applicantId, long applicationId) {
    return rows.application(applicationId)
        .filter(a -> a.applicantId() == applicantId)
        .orElseThrow(() -> new NoSuchElementException("application " + applicationId));
  }

  private AccessRows.ApplicationRow inScope(StaffIdentity staff, long applicationId) {
    requireCaseManagement(staff);
    Set<Long> scope = directory.unitsVisibleTo(staff);
    return rows.application(applicationId)
        .filter(
            a ->
                scope.contains(a.verifyingUnit())
                    || a.handlingUnit() != null && scope.contains(a.handlingUnit()))
        .orElseThrow(() -> new NoSuchElementException("application " + applicationId));
  }

  static void requireCaseManagement(StaffIdentity staff) {
    if (!staff.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("access.access-applications.verify.forbidden");
    }
  }

  private void validate(ApplicationForm f, List<MaterialUpload> materials) {
    require(
        f.caseNumber(),
        "caseNumber",
        Texts.text("access.access-applications.case-number.required"));
    require(
        f.partyName(), "partyName", Texts.text("access.access-applications.party-name.required"));
    require(
        f.applicantName(),
        "applicantName",
        Texts.text("access.access-applications.applicant-name.required"));
    if (f.relation() == null) {
      throw BadInput.at("relation", "access.access-applications.relation.required");
    }
    if (f.idNumber() == null || !ID_NUMBER.matcher(f.idNumber().strip()).matches()) {
      throw BadInput.at("idNumber", "access.access-applications.id-number.format");
    }
    if (f.relation().lawyer()) {
      require(
          f.lawyerLicence(),
          "lawyerLicence",
          Texts.text("access.access-applications.licence.required"));
      require(f.lawFirm(), "lawFirm", Texts.text("access.access-applications.firm.required"));
    }
    boolean legalAid =
        materials.stream().anyMatch(m -> m.kind() == Relation.Material.LEGAL_AID_LETTER);
    for (Relation.Material needed : f.relation().required()) {
      if (needed == Relation.Material.POWER_OF_ATTORNEY
          && legalAid
          && f.relation() == Relation.DEFENCE_COUNSEL) {
        continue; // a legal-aid lawyer brings the legal-aid letter instead (RULES.md §2)
      }
      if (materials.stream().noneMatch(m -> m.kind() == needed)) {
        throw BadInput.at(
            "materials",
            "access.access-applications.materials.missing",
            needed.name().toLowerCase(Locale.ROOT));
      }
    }
    materials.forEach(this::checkFile);
  }

  private void checkFile(MaterialUpload m) {
    if (!FILE_TYPES.contains(m.contentType())) {
      throw BadInput.at("materials", "access.access-applications.materials.type", m.fileName());
    }
    if (m.content().length == 0 || m.content().length > MAX_FILE_BYTES) {
      throw BadInput.at("materials", "access.access-applications.materials.size", m.fileName());
    }
  }

  private static void require(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": " + message);
    }
  }
}
