package org.sunshine.platform.releases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.approval.ApprovalStatus;
import org.sunshine.platform.approval.ApprovalView;
import org.sunshine.platform.approval.Approvals;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.publication.Publications;
import org.sunshine.platform.publication.ReleaseCategories;
import org.sunshine.platform.publication.ReleaseEdition;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Conflict;
import org.sunshine.platform.texts.Texts;

/**
 * Releases as staff work on them (第十一至十五条): the handling department drafts, the engine and the case
 * record check, the deputy chief or chief approves (and the upper units, where it escalates), the
 * press office publishes — or 案管 where the unit has no press office.
 */
@Service
public class Releases {

  static final String SUBJECT = "CaseRelease";
  static final String CHAIN = "release";

  private final ReleaseRows rows;
  private final ReleaseCheck check;
  private final ReleaseCategories categories;
  private final Cases cases;
  private final Approvals approvals;
  private final Directory directory;
  private final StaffAccounts accounts;
  private final AuditLog audit;
  private final Publications publications;
  private final Clock clock;

  Releases(
      ReleaseRows rows,
      ReleaseCheck check,
      ReleaseCategories categories,
      Cases cases,
      Approvals approvals,
      Directory directory,
      StaffAccounts accounts,
      AuditLog audit,
      Publications publications,
      Clock clock) {
    this.rows = rows;
    this.check = check;
    this.categories = categories;
    this.cases = cases;
    this.approvals = approvals;
    this.directory = directory;
    this.accounts = accounts;
    this.audit = audit;
    this.publications = publications;
    this.clock = clock;
  }

  @Transactional
  public long draft(StaffIdentity staff, NewRelease r) {
    requireAny(staff, Role.CASE_HANDLER, Role.DEPARTMENT_HEAD);
    if (!categories.names().contains(r.category())) {
      throw BadInput.at("category", "releases.releases.category.unknown");
    }
    requireText(r.title(), r.body());
    Long caseId = null;
    if (r.caseNumber() != null && !r.caseNumber().isBlank()) {
      var ref =
          cases
              .locate(r.caseNumber())
              .filter(c -> c.unitId() == staff.unitId())
              .orElseThrow(
                  () -> BadInput.at("caseNumber", "releases.releases.case-number.unknown"));
      caseId = ref.caseId();
    }
    long id =
        rows.insert(
            staff.unitId(),
            r,
            caseId,
            r.escalation() == null ? Escalation.NONE : r.escalation(),
            staff.username(),
            clock.instant());
    record(staff, "DRAFT_RELEASE", id, r.title());
    return id;
  }

  @Transactional
  public void edit(StaffIdentity staff, long id, String title, String body) {
    own(staff, id, Role.CASE_HANDLER, Role.DEPARTMENT_HEAD);
    Release r = lock(id);
    requireText(title, body);
    r.edit(title.strip(), body.strip());
    rows.save(r, null, clock.instant());
  }

  @Transactional(readOnly = true)
  public ReleaseView view(StaffIdentity staff, long id) {
    ReleaseRows.Row r = visible(staff, id);
    CaseView c = r.caseId() == null ? null : cases.record(r.caseId());
    List<String> problems =
        r.status() == ReleaseStatus.DRAFT ? check.problems(r.title(), r.body(), c) : List.of();
    return new ReleaseView(
        r.id(),
        r.unitId(),
        directory.get(r.unitId()).name(),
        r.category(),
        r.title(),
        r.body(),
        r.caseId(),
        r.status(),
        r.escalation(),
        r.approvalUnitId(),
        r.pinLevel(),
        r.pinnedUntil(),
        r.publishedOn(),
        r.withdrawalReason(),
        r.createdBy(),
        problems,
        approvals.history(SUBJECT, id),
        hash(r));
  }

  @Transactional(readOnly = true)
  public List<ReleaseView> visibleTo(StaffIdentity staff) {
    Map<Long, String> names =
        directory.all().stream()
            .collect(Collectors.toMap(ProcuratorateView::id, ProcuratorateView::name));
    return rows.inUnits(directory.unitsVisibleTo(staff)).stream()
        .map(
            r ->
                new ReleaseView(
                    r.id(),
                    r.unitId(),
                    names.get(r.unitId()),
                    r.category(),
                    r.title(),
                    null,
                    r.caseId(),
                    r.status(),
                    r.escalation(),
                    r.approvalUnitId(),
                    r.pinLevel(),
                    r.pinnedUntil(),
                    r.publishedOn(),
                    r.withdrawalReason(),
                    r.createdBy(),
                    List.of(),
                    List.of(),
                    null))
        .toList();
  }

  /** The handling department submits: nothing the check finds may stand. */
  @Transactional
  public ApprovalView submit(StaffIdentity staff, long id) {
    own(staff, id, Role.CASE_HANDLER, Role.DEPARTMENT_HEAD);
    Release r = lock(id);
    r.submit();
    List<String> problems = check.problems(r.title(), r.body(), caseOf(r));
    if (!problems.isEmpty()) {
      throw Conflict.of("releases.releases.submit.problems", String.join("；", problems));
    }
    rows.save(r, null, clock.instant());
    record(staff, "SUBMIT_RELEASE", id, r.title());
    return approvals.submit(
        staff,
        SUBJECT,
        id,
        CHAIN,
        r.unitId,
        Texts.text("releases.releases.chain.label", r.title()),
        hash(r),
        null);
  }

  /**
   * A decision on the pending approval. When a unit's chain approves and the release escalates, the
   * next unit up receives it; when the last required unit approves, it is ready to publish.
   */
  @Transactional
  public ApprovalView decide(
      StaffIdentity staff, long id, boolean approve, String comment, String contentHash) {
    Release r = lock(id);
    ApprovalView pending =
        approvals
            .pendingFor(SUBJECT, id)
            .orElseThrow(() -> Conflict.of("releases.releases.approval.none"));
    ApprovalView after = approvals.decide(staff, pending.id(), approve, comment, contentHash);
    if (after.status() == ApprovalStatus.RETURNED) {
      r.returnToDraft();
    } else if (after.status() == ApprovalStatus.APPROVED) {
      ProcuratorateView here = directory.get(after.unitId());
      boolean higher =
          here.parentId() != null
              && (r.escalation == Escalation.SUPREME
                  || r.escalation == Escalation.UPPER && here.id() == r.unitId);
      if (higher) {
        r.escalateTo(here.parentId());
        approvals.submit(
            staff,
            SUBJECT,
            id,
            CHAIN,
            here.parentId(),
            Texts.text("releases.releases.chain.label-upper", r.title()),
            hash(r),
            null);
      } else {
        r.approve(here.id());
      }
    }
    rows.save(r, null, clock.instant());
    record(staff, approve ? "APPROVE_RELEASE" : "RETURN_RELEASE", id, comment);
    return after;
  }

  /** The press office publishes; 案管 does where the unit has no press office. */
  @Transactional
  public void publish(StaffIdentity staff, long id) {
    Release r = lock(id);
    requirePublisher(staff, r.unitId);
    LocalDate today = LocalDate.now(clock);
    r.publish(today);
    String approved =
        approvals.history(SUBJECT, id).stream()
            .filter(a -> a.status() == ApprovalStatus.APPROVED)
            .map(ApprovalView::contentHash)
            .findFirst()
            .orElse("");
    require(approved.equals(hash(r)), "releases.releases.publish.text-changed");
    List<String> problems = check.problems(r.title(), r.body(), caseOf(r));
    require(problems.isEmpty(), "releases.releases.publish.recheck", String.join("；", problems));
    rows.save(r, staff.username(), clock.instant());
    publications.publishRelease(
        new ReleaseEdition(
            id, r.unitId, r.caseId, r.category, r.title(), r.body(), today, staff.username()));
    record(staff, "PUBLISH_RELEASE", id, r.title());
  }

  /** Pins a published release at a level (1–3) until a date, or unpins it (level 0). */
  @Transactional
  public void pin(StaffIdentity staff, long id, int level, LocalDate until) {
    Release r = new Release(visibleLocked(staff, id));
    requirePublisher(staff, r.unitId);
    r.pin(level, until, LocalDate.now(clock));
    rows.save(r, null, clock.instant());
    publications.pinRelease(id, r.unitId, r.pinLevel(), r.pinnedUntil());
    record(staff, "PIN_RELEASE", id, level + " " + until);
  }

  /**
   * Withdraws a published release with a public reason (its unit's publisher or leaders, or an
   * upper unit's).
   */
  @Transactional
  public void withdraw(StaffIdentity staff, long id, String reason) {
    Release r = new Release(visibleLocked(staff, id));
    r.withdraw(reason, clock.instant());
    if (r.caseId != null
        && !check.problems("", reason, cases.record(r.caseId)).stream()
            .filter(
                p ->
                    p.startsWith(Texts.text("releases.releases.problem.case-persons"))
                        || p.startsWith(
                            Texts.text("releases.releases.problem.personal-information")))
            .toList()
            .isEmpty()) {
      throw BadInput.at("reason", "releases.releases.withdraw.reason-personal");
    }
    requireAny(
        staff, Role.PRESS_OFFICE, Role.CASE_MANAGEMENT, Role.DEPUTY_CHIEF, Role.CHIEF_PROCURATOR);
    rows.save(r, null, clock.instant());
    publications.withdrawRelease(id, r.unitId, r.withdrawalReason());
    record(staff, "WITHDRAW_RELEASE", id, reason);
  }

  private void requirePublisher(StaffIdentity staff, long unitId) {
    boolean pressOffice = accounts.unitHasRole(unitId, Role.PRESS_OFFICE);
    Role publisher = pressOffice ? Role.PRESS_OFFICE : Role.CASE_MANAGEMENT;
    if (staff.unitId() != unitId || !staff.hasRole(publisher)) {
      throw new AccessDeniedException(
          pressOffice
              ? Texts.text("releases.releases.publisher.press")
              : Texts.text("releases.releases.publisher.case-management"));
    }
  }

  /**
   * As {@link #visible}, locked until commit: a pin and a withdrawal never overwrite each other.
   */
  private ReleaseRows.Row visibleLocked(StaffIdentity staff, long id) {
    visible(staff, id);
    return rows.lock(id).orElseThrow(() -> new NoSuchElementException("release"));
  }

  private ReleaseRows.Row visible(StaffIdentity staff, long id) {
    return rows.find(id)
        .filter(r -> directory.unitsVisibleTo(staff).contains(r.unitId()))
        .orElseThrow(() -> new NoSuchElementException("release"));
  }

  private ReleaseRows.Row own(StaffIdentity staff, long id, Role... roles) {
    ReleaseRows.Row r = visible(staff, id);
    if (r.unitId() != staff.unitId()) {
      throw new AccessDeniedException("only the drafting unit edits its releases");
    }
    requireAny(staff, roles);
    return r;
  }

  private static void requireAny(StaffIdentity staff, Role... roles) {
    if (Set.of(roles).stream().noneMatch(staff::hasRole)) {
      throw new AccessDeniedException("needs one of " + List.of(roles));
    }
  }

  private static void requireText(String title, String body) {
    if (title == null || title.isBlank() || title.length() > 200) {
      throw BadInput.at("title", "releases.releases.title.required");
    }
    if (body == null || body.isBlank() || body.length() > 20_000) {
      throw BadInput.at("body", "releases.releases.body.required");
    }
  }

  private static void require(boolean condition, String key, Object... args) {
    if (!condition) {
      throw Conflict.of(key, args);
    }
  }

  /** The fingerprint approvals are recorded on (the same as a document's title and text). */
  static String hash(String title, String body) {
    return Publications.fingerprint(title, body);
  }

  private static String hash(Release r) {
    return hash(r.title(), r.body());
  }

  private static String hash(ReleaseRows.Row r) {
    return hash(r.title(), r.body());
  }

  private Release lock(long id) {
    return new Release(rows.lock(id).orElseThrow(() -> new NoSuchElementException("release")));
  }

  private CaseView caseOf(Release r) {
    return r.caseId == null ? null : cases.record(r.caseId);
  }

  private void record(StaffIdentity staff, String action, long id, String detail) {
    audit.record(
        staff.username(),
        staff.unitId(),
        action,
        SUBJECT,
        String.valueOf(id),
        detail,
        Channel.CONSOLE);
  }
}
