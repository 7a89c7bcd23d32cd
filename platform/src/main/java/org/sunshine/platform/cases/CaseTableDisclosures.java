package org.sunshine.platform.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disclosures from the case tables (a combined or internal node), cached by the case's revision
 * (ADR 6): a party's seven items as the grant opens them, nothing a verified applicant may not see.
 */
final class CaseTableDisclosures implements DisclosureSource {

  private final CaseRows rows;
  private final CaseAssembler assembler;
  private final DisclosureCache disclosures;
  private final TransactionTemplate readOnly;
  private final Clock clock;

  CaseTableDisclosures(
      CaseRows rows,
      CaseAssembler assembler,
      DisclosureCache disclosures,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.rows = rows;
    this.assembler = assembler;
    this.disclosures = disclosures;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.clock = clock;
  }

  @Override
  public PartyDisclosure disclosure(long caseId, long partyId) {
    // One primary-key read of the revision, outside any transaction: a change is seen at once.
    return disclosure(caseId, partyId, rows.revision(caseId).orElseThrow());
  }

  @Override
  public PartyDisclosure disclosure(long caseId, long partyId, long revision) {
    // No transaction around a cache hit; only assembling a case reads (in one read-only
    // transaction).
    CaseView c =
        disclosures.get(
            caseId,
            revision,
            LocalDate.now(clock),
            () -> readOnly.execute(s -> assembler.assemble(rows.byId(caseId).orElseThrow())));
    return of(c, partyId);
  }

  @Override
  public boolean holdsCaseRecords() {
    return true;
  }

  @Override
  public List<CasePartyView> partyViews(Collection<Long> partyIds) {
    return rows.partyViews(partyIds);
  }

  /** What of one party's record goes out: the whole of it, or only that it is withheld. */
  static PartyDisclosure of(CaseView c, long partyId) {
    PartyRecord p = c.parties().stream().filter(x -> x.id() == partyId).findFirst().orElseThrow();
    CaseEventType outcome =
        p.events().stream()
            .map(EventView::type)
            .filter(CaseEventType::concludes)
            .reduce((a, b) -> b)
            .orElse(null);
    // A victim's record shows what the case is; it is withheld whenever any accused's record is
    // (第四条).
    boolean disclosable =
        !c.secret() && p.disclosable() && c.accused().stream().allMatch(PartyRecord::disclosable);
    if (!disclosable) {
      return new PartyDisclosure(
          false, c.caseNumber(), null, null, null, c.unitName(), null, List.of(), List.of(), null);
    }
    // Free-text details of events may name other people: only type and date go out.
    List<EventView> timeline =
        p.events().stream()
            .map(e -> new EventView(e.id(), e.type(), e.occurredOn(), null, null))
            .toList();
    return new PartyDisclosure(
        true,
        c.caseNumber(),
        c.charge(),
        c.acceptedOn(),
        p.deadline(),
        c.unitName(),
        c.caseTeam(),
        timeline,
        p.measures(),
        outcome);
  }
}
