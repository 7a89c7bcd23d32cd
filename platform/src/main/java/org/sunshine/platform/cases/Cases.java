package org.sunshine.platform.cases;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;
import org.sunshine.platform.texts.Forbidden;

/**
 * Cases as staff work with them: always through the viewer's data scope, every view of a case
 * audited.
 */
@Service
public class Cases {

  private final CaseRows rows;
  private final CaseAssembler assembler;
  private final CaseImport importer;
  private final Directory directory;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final DisclosureSource source;
  private final RightsNotices rightsNotices;

  Cases(
      CaseRows rows,
      CaseAssembler assembler,
      CaseImport importer,
      Directory directory,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock,
      DisclosureSource source,
      RightsNotices rightsNotices) {
    this.source = source;
    this.rightsNotices = rightsNotices;
    this.rows = rows;
    this.assembler = assembler;
    this.importer = importer;
    this.directory = directory;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CaseSummary> visibleTo(StaffIdentity staff, String query, boolean overdueOnly) {
    List<CaseSummary> list = new ArrayList<>();
    int limit = overdueOnly ? 100_000 : 500;
    String q = CaseNumbers.normalise(query); // a number typed with [2026] finds 〔2026〕
    for (CaseRows.CaseRow row : rows.inUnits(directory.unitsVisibleTo(staff), q, limit)) {
      CaseSummary s = summary(assembler.assemble(row));
      if (!overdueOnly || s.overdue()) {
        list.add(s);
      }
    }
    return list;
  }

  @Transactional(readOnly = true)
  public long overdueCount(StaffIdentity staff) {
    return visibleTo(staff, null, true).size();
  }

  /** The whole case with its parties' personal data: audited. */
  @Transactional
  public CaseView view(StaffIdentity staff, long caseId) {
    CaseRows.CaseRow row = inScope(staff, caseId);
    audit.record(
        staff.username(),
        staff.unitId(),
        AuditLog.VIEW_CASE,
        AuditLog.CASE,
        String.valueOf(caseId),
        row.caseNumber(),
        Channel.CONSOLE);
    return assembler.assemble(row);
  }

  /**
   * The whole case for another module's own processing (redacting its documents, gating their
   * publication). Not audited here: the caller audits what it shows to a person.
   */
  @Transactional(readOnly = true)
  public CaseView record(long caseId) {
    return assembler.assemble(
        rows.byId(caseId).orElseThrow(() -> new NoSuchElementException("case " + caseId)));
  }

  /** Every case's id in import order, for whole-database work (the demo's documents). */
  @Transactional(readOnly = true)
  public List<Long> allIds() {
    return rows.allIds();
  }

  /** True when the staff member's data scope covers the unit handling this case. */
  @Transactional(readOnly = true)
  public boolean inScopeOf(StaffIdentity staff, long caseId) {
    return rows.byId(caseId).filter(c -> visible(staff, c)).isPresent();
  }

  /**
   * Staff of the handling unit record a procedural event by hand (upstream outages, window work).
   */
  @Transactional
  public void recordEvent(
      StaffIdentity staff,
      long caseId,
      Long partyId,
      CaseEventType type,
      LocalDate on,
      String detail) {
    if (!staff.hasRole(Role.CASE_HANDLER) && !staff.hasRole(Role.CASE_MANAGEMENT)) {
      throw Forbidden.of("cases.cases.events.forbidden");
    }
    CaseRows.CaseRow c = inScope(staff, caseId);
    if (partyId != null && rows.parties(caseId).stream().noneMatch(p -> p.id() == partyId)) {
      throw BadInput.at("partyId", "cases.cases.party.not-of-case");
    }
    try {
      importer.validateEventDate(c, type, on);
      importer.validateReturns(c.id(), partyId, type);
    } catch (RecordParser.RejectedField e) {
      throw new IllegalArgumentException(e.field + ": " + e.getMessage());
    }
    rows.insertEvent(
        caseId,
        partyId,
        "manual-" + UUID.randomUUID(),
        type,
        on,
        detail,
        staff.username(),
        clock.instant());
    audit.record(
        staff.username(),
        staff.unitId(),
        "RECORD_CASE_EVENT",
        AuditLog.CASE,
        String.valueOf(caseId),
        type + " " + on,
        Channel.CONSOLE);
    events.publishEvent(new CaseProgressed(caseId, c.caseNumber(), partyId, type, on));
    if (type == CaseEventType.ACCEPTED) {
      rightsNotices.accepted(caseId);
    }
  }

  /** An import by a staff member of case management: only units of their scope. */
  public ImportReport importBatch(StaffIdentity staff, Reader in, boolean csv) throws IOException {
    if (!staff.hasRole(Role.CASE_MANAGEMENT) && !staff.hasRole(Role.ADMINISTRATOR)) {
      throw Forbidden.of("cases.cases.import.forbidden");
    }
    Set<Long> scope = directory.unitsVisibleTo(staff);
    ImportReport report =
        importer.apply(
            csv ? ImportFiles.csvLines(in) : ImportFiles.jsonLines(in), scope, staff.username());
    audit.record(
        staff.username(),
        staff.unitId(),
        "IMPORT_CASES",
        AuditLog.CASE,
        null,
        report.applied() + " applied, " + report.rejected() + " rejected",
        Channel.CONSOLE);
    return report;
  }

  /** A batch from the upstream feed ({@code POST /api/import/cases}): every unit, audited. */
  public ImportReport importUpstream(Reader in, boolean csv) throws IOException {
    ImportReport report =
        importer.apply(csv ? ImportFiles.csvLines(in) : ImportFiles.jsonLines(in), null, "system");
    audit.record(
        "upstream",
        null,
        "IMPORT_CASES",
        AuditLog.CASE,
        null,
        report.applied() + " applied, " + report.rejected() + " rejected",
        Channel.API);
    return report;
  }

  /** An import by the system itself (the upstream feed, demo data): every unit. */
  public ImportReport importSystemBatch(Reader in) throws IOException {
    return importer.apply(ImportFiles.jsonLines(in), null, "system");
  }

  /**
   * A case number as typed, in the stored form: the year in 〔〕 whichever brackets were used
   * ([2026], (2026), （2026）), no spaces.
   */
  public String normaliseNumber(String typed) {
    return CaseNumbers.normalise(typed);
  }

  /**
   * Whether this node holds the case records and can tell a case number or party from a wrong one
   * (a public node holds only replicas of granted parties; the internal node checks there).
   */
  public boolean checksCaseNumbers() {
    return source.holdsCaseRecords();
  }

  /**
   * The case behind a number (typed with any brackets), for binding an access application; empty
   * for an unknown number.
   */
  @Transactional(readOnly = true)
  public Optional<CaseRef> locate(String caseNumber) {
    return rows.byNumber(CaseNumbers.normalise(caseNumber))
        .map(
            c ->
                new CaseRef(
                    c.id(),
                    c.caseNumber(),
                    c.unitId(),
                    c.caseType(),
                    rows.parties(c.id()).stream()
                        .map(p -> new CaseRef.PartyRef(p.id(), p.name(), p.role()))
                        .toList()));
  }

  /**
   * Parties by key with their case's number, unit and revision, for a module listing what it keeps
   * about them (access grants): one call for a whole list; unknown keys are left out. A public node
   * answers from its disclosure replicas. No transaction: one statement, read on a status query's
   * path.
   */
  public Map<CasePartyView.Key, CasePartyView> parties(Collection<CasePartyView.Key> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Set<Long> partyIds = keys.stream().map(CasePartyView.Key::partyId).collect(Collectors.toSet());
    List<CasePartyView> found = source.partyViews(partyIds);
    Set<CasePartyView.Key> wanted = Set.copyOf(keys);
    Map<CasePartyView.Key, CasePartyView> byKey = new HashMap<>();
    found.stream().filter(p -> wanted.contains(p.key())).forEach(p -> byKey.put(p.key(), p));
    return byKey;
  }

  /**
   * The current revision (V7) of each case that exists among these ids, for a module keeping
   * replicas of what it saw of a case (access, for a public node's grants) to tell which are stale.
   */
  @Transactional(readOnly = true)
  public Map<Long, Long> revisions(Collection<Long> caseIds) {
    return caseIds.isEmpty() ? Map.of() : rows.revisions(caseIds);
  }

  /**
   * What a verified applicant may see of one party's record. Called by the access module after it
   * has checked the grant; it records no audit itself (the caller does, with the channel). The
   * source depends on the node: the case tables, or a public node's replicas.
   */
  public PartyDisclosure disclosure(long caseId, long partyId) {
    return source.disclosure(caseId, partyId);
  }

  /**
   * As {@link #disclosure(long, long)}, with the case's revision the caller has just read in the
   * same transaction (saves a round trip on the busiest query).
   */
  public PartyDisclosure disclosure(long caseId, long partyId, long revision) {
    return source.disclosure(caseId, partyId, revision);
  }

  private CaseRows.CaseRow inScope(StaffIdentity staff, long caseId) {
    return rows.byId(caseId)
        .filter(c -> visible(staff, c))
        .orElseThrow(() -> new NoSuchElementException("case " + caseId));
  }

  private boolean visible(StaffIdentity staff, CaseRows.CaseRow c) {
    return directory.unitsVisibleTo(staff).contains(c.unitId());
  }

  private static CaseSummary summary(CaseView v) {
    List<PartyRecord> accused = v.accused();
    boolean withheld =
        accused.stream()
            .flatMap(p -> p.screening().stream())
            .anyMatch(f -> f.outcome() == ScreeningOutcome.WITHHELD_BY_LAW && !f.overridden());
    boolean blocked =
        accused.stream()
            .flatMap(p -> p.screening().stream())
            .anyMatch(f -> f.outcome() == ScreeningOutcome.BLOCKED_INCOMPLETE && !f.overridden());
    String deadline = accused.stream().map(p -> p.deadline().plain()).findFirst().orElse("—");
    return new CaseSummary(
        v.id(),
        v.caseNumber(),
        v.unitName(),
        v.caseType(),
        v.charge(),
        v.acceptedOn(),
        accused.size(),
        v.overdue(),
        withheld,
        blocked,
        deadline);
  }
}
