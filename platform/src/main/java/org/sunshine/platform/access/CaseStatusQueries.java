package org.sunshine.platform.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.AuditRecord;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.cases.CaseEventsImported;
import org.sunshine.platform.cases.CasePartyView;
import org.sunshine.platform.cases.CaseProgressed;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.PartyDisclosure;
import org.sunshine.platform.infrastructure.Keys;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.StaffAccounts;
import org.sunshine.platform.organisation.StaffIdentity;
import org.sunshine.platform.texts.BadInput;

/**
 * The procedural-information query on every channel: the applicant online, the kiosk with 查询码 and
 * ID number, staff at the window or on the phone. Unknown code, wrong ID number, a revoked grant
 * and no grant at all answer the same way; every look is audited and shown to the person concerned.
 */
@Service
class CaseStatusQueries {

  /** Grants the console lists at most, newest first. */
  static final int LISTED = 300;

  private final GrantRows rows;
  private final Grants grants;
  private final Cases cases;
  private final AuditLog audit;
  private final StaffAccounts staffAccounts;
  private final Directory directory;
  private final AccessProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ApplicantNotices notices;

  /**
   * Grants just read for online queries, for one second: the hot path then reads nothing but its
   * cache. A revocation here and an event recorded on the case evict at once; an import's change to
   * the case, or a revocation applied from another node, is seen within the second.
   */
  private final Cache<Long, GrantRows.GrantRow> recentGrants =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofSeconds(1)).build();

  private final Keys keys;

  CaseStatusQueries(
      GrantRows rows,
      Grants grants,
      Cases cases,
      AuditLog audit,
      StaffAccounts staffAccounts,
      Directory directory,
      AccessProperties properties,
      Clock clock,
      ApplicationEventPublisher events,
      ApplicantNotices notices,
      Keys keys) {
    this.notices = notices;
    this.keys = keys;
    this.rows = rows;
    this.grants = grants;
    this.cases = cases;
    this.audit = audit;
    this.staffAccounts = staffAccounts;
    this.directory = directory;
    this.properties = properties;
    this.clock = clock;
    this.events = events;
  }

  /** The applicant's grants; a new 查询码 is shown once, the first time. */
  @Transactional
  public List<GrantView> grantsOf(long applicantId) {
    Instant now = clock.instant();
    return grants.of(applicantId).stream()
        .map(
            g -> {
              if (g.pendingCode() != null) {
                rows.clearPendingCode(g.id());
              }
              return new GrantView(
                  g.id(),
                  g.caseId(),
                  g.partyId(),
                  g.caseNumber(),
                  g.partyName(),
                  g.relation(),
                  g.grantedAt(),
                  g.expiresAt(),
                  g.activeAt(now) && !endedWithCase(cases.disclosure(g.caseId(), g.partyId())),
                  g.pendingCode());
            })
        .toList();
  }

  /** A case moved (an event recorded here): its grants are read afresh. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(GrantRevoked revoked) {
    recentGrants.invalidate(revoked.grantId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CaseProgressed event) {
    recentGrants.asMap().values().removeIf(g -> g.caseId() == event.caseId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CaseEventsImported imported) {
    Set<Long> moved =
        imported.events().stream().map(CaseProgressed::caseId).collect(Collectors.toSet());
    recentGrants.asMap().values().removeIf(g -> moved.contains(g.caseId()));
  }

  /**
   * Online: the applicant's own active grant, or nothing. The busiest query: one read of the grant
   * (no transaction around it), the cached record, and a group-committed audit entry.
   */
  public Optional<PartyDisclosure> online(long applicantId, long grantId) {
    Instant now = clock.instant();
    return Optional.ofNullable(recentGrants.get(grantId, id -> grants.byId(id).orElse(null)))
        .filter(g -> g.applicantId() == applicantId && g.activeAt(now))
        .flatMap(g -> disclose(g, "applicant:" + applicantId, null, Channel.WEB, true));
  }

  /** At the kiosk: 查询码 and ID number. Every failure looks the same and takes the same time. */
  @Transactional(noRollbackFor = TooManyAttempts.class)
  public Optional<PartyDisclosure> kiosk(String queryCode, String idNumber) {
    return byCodeAndId(queryCode, idNumber, "kiosk", null, Channel.KIOSK);
  }

  /**
   * At the window or on the phone: staff of the handling unit (or above) enter what the person
   * tells them.
   */
  @Transactional(noRollbackFor = TooManyAttempts.class)
  public Optional<PartyDisclosure> staffLookup(
      StaffIdentity staff, String queryCode, String idNumber, Channel channel) {
    AccessApplications.requireCaseManagement(staff);
    return byCodeAndId(queryCode, idNumber, staff.username(), staff.unitId(), channel);
  }

  private Optional<PartyDisclosure> byCodeAndId(
      String code, String idNumber, String actor, Long unit, Channel channel) {
    if (code == null || idNumber == null || code.isBlank() || idNumber.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    var grant = grants.byCode(Hashes.queryCode(code));
    String idHash = Hashes.idNumber(idNumber); // computed even when no grant matches: same time
    if (grant.isEmpty()) {
      return Optional.empty();
    }
    var g = grant.get();
    if (unit == null && g.lockedUntil() != null && now.isBefore(g.lockedUntil())) {
      // Locked at the kiosk: answered like any other failure, so a locked code tells nothing.
      // Staff, who check the person's ID card, are not held by the kiosk's lock.
      return Optional.empty();
    }
    if (!keys.matches(g.idHash(), idHash)) {
      rows.recordFailure(g.id(), properties.maxCodeAttempts(), now.plusSeconds(1800));
      return Optional.empty();
    }
    if (!g.activeAt(now)) {
      return Optional.empty();
    }
    if (unit != null
        && !directory
            .unitsVisibleTo(staffAccounts.identity(actor).orElseThrow())
            .contains(caseUnitOf(g))) {
      return Optional.empty();
    }
    rows.resetFailures(g.id());
    return disclose(g, actor, unit, channel, false);
  }

  /**
   * The unit of the grant's case, also on a public node (from its disclosure replicas); null when
   * the case is gone, which no unit's scope contains.
   */
  private Long caseUnitOf(GrantRows.GrantRow g) {
    CasePartyView party = cases.parties(List.of(g.party())).get(g.party());
    return party == null ? null : party.unitId();
  }

  private boolean endedWithCase(PartyDisclosure d) {
    LocalDate today = LocalDate.now(clock);
    return d.concludedOn()
        .map(on -> today.isAfter(on.plusDays(properties.afterConclusion().toDays())))
        .orElse(false);
  }

  /**
   * The party's record, audited; nothing once the record has been concluded for longer than the
   * grant outlives it (RULES.md §2: a grant ends with the case plus a retention period).
   */
  /**
   * @param pureLook nothing else is written for this query: its audit entry may be group-committed
   *     (in a transaction holding locks it is written in that transaction instead)
   */
  private Optional<PartyDisclosure> disclose(
      GrantRows.GrantRow g, String actor, Long unit, Channel channel, boolean pureLook) {
    PartyDisclosure d;
    try {
      d = cases.disclosure(g.caseId(), g.partyId(), g.caseRevision());
    } catch (NoSuchElementException gone) {
      // A public node whose replica went with a revocation the grant cache has not seen yet (at
      // most
      // a second): the same answer as any other refusal.
      return Optional.empty();
    }
    if (endedWithCase(d)) {
      return Optional.empty();
    }
    String detail = "grant " + g.id() + " " + g.caseNumber();
    // Staff are audited under their own unit; the public's look under the case's, so the county
    // whose case it is sees who looked (its audit view, its query figures).
    Long subjectUnit = unit == null ? caseUnitOf(g) : null;
    if (pureLook) {
      audit.recordLook(
          actor,
          unit,
          AuditLog.QUERY_CASE_STATUS,
          AuditLog.CASE_PARTY,
          String.valueOf(g.partyId()),
          detail,
          channel,
          subjectUnit);
    } else {
      audit.record(
          actor,
          unit,
          AuditLog.QUERY_CASE_STATUS,
          AuditLog.CASE_PARTY,
          String.valueOf(g.partyId()),
          detail,
          channel,
          subjectUnit);
    }
    return Optional.of(d);
  }

  /** Who looked at the record the applicant's grant covers (a feature no national system had). */
  @Transactional(readOnly = true)
  public List<AccessRecord> whoLooked(long applicantId, long grantId) {
    var g =
        rows.grant(grantId)
            .filter(x -> x.applicantId() == applicantId)
            .orElseThrow(() -> new NoSuchElementException("grant " + grantId));
    // Newest first; a look repeating one already listed (same viewer, channel and day) is counted
    // there.
    Map<String, AccessRecord> grouped = new LinkedHashMap<>();
    for (AuditRecord r : audit.viewsOfParty(g.caseId(), g.partyId())) {
      String key =
          r.actor()
              + "|"
              + r.channel()
              + "|"
              + LocalDate.ofInstant(r.occurredAt(), clock.getZone());
      grouped.merge(
          key,
          describe(r),
          (first, again) ->
              new AccessRecord(
                  first.at(),
                  first.viewer(),
                  first.unit(),
                  first.who(),
                  first.channel(),
                  first.times() + 1));
    }
    return List.copyOf(grouped.values());
  }

  private AccessRecord describe(AuditRecord r) {
    String channel = r.channel().name();
    if (r.actor().startsWith("applicant:")) {
      return new AccessRecord(
          r.occurredAt(), AccessRecord.Viewer.APPLICANT, null, null, channel, 1);
    }
    if (r.actor().equals("kiosk")) {
      return new AccessRecord(r.occurredAt(), AccessRecord.Viewer.KIOSK, null, null, channel, 1);
    }
    var staff = staffAccounts.identity(r.actor());
    return new AccessRecord(
        r.occurredAt(),
        AccessRecord.Viewer.STAFF,
        staff.map(s -> directory.get(s.unitId()).name()).orElse(null),
        staff.map(StaffIdentity::displayName).orElse(null),
        channel,
        1);
  }

  /**
   * Revokes a grant: 案管 of the case's unit, with a reason (the lawyer's representation ended, …).
   */
  @Transactional
  public void revoke(StaffIdentity staff, long grantId, String reason) {
    AccessApplications.requireCaseManagement(staff);
    var g = grants.byId(grantId).orElseThrow(() -> new NoSuchElementException("grant " + grantId));
    if (!directory.unitsVisibleTo(staff).contains(caseUnitOf(g))) {
      throw new NoSuchElementException("grant " + grantId);
    }
    if (reason == null || reason.isBlank()) {
      throw BadInput.at("reason", "access.case-status-queries.revoke.reason-required");
    }
    rows.revoke(grantId, staff.username(), reason.strip(), clock.instant());
    notices.revoked(
        rows.applicationOfGrant(grantId),
        g.applicantId(),
        grantId,
        g.caseNumber(),
        clock.instant());
    events.publishEvent(new AccessApplicationDecided(rows.applicationOfGrant(grantId)));
    recentGrants.invalidate(grantId);
    // And again once committed: a query in between may have cached the row as it was.
    events.publishEvent(new GrantRevoked(grantId));
    audit.record(
        staff.username(),
        staff.unitId(),
        "REVOKE_GRANT",
        "CaseAccessGrant",
        String.valueOf(grantId),
        reason,
        Channel.CONSOLE);
  }

  /** Grants of cases in the staff member's scope, for the console. */
  @Transactional(readOnly = true)
  public List<GrantView> grantsForStaff(StaffIdentity staff) {
    AccessApplications.requireCaseManagement(staff);
    Instant now = clock.instant();
    return grants.ofCasesIn(directory.unitsVisibleTo(staff), LISTED).stream()
        .map(
            g ->
                new GrantView(
                    g.id(),
                    g.caseId(),
                    g.partyId(),
                    g.caseNumber(),
                    g.partyName(),
                    g.relation(),
                    g.grantedAt(),
                    g.expiresAt(),
                    // Ended with the case counts as ended here too, as on every channel.
                    g.activeAt(now)
                        && !endedWithCase(
                            cases.disclosure(g.caseId(), g.partyId(), g.caseRevision())),
                    null))
        .toList();
  }
}
