package org.sunshine.platform.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies of single parties' disclosures for a public node (ADR 11): the internal node assembles one
 * for each grant the public node holds, the public node keeps it in {@code party_disclosure_copy}
 * and answers status queries from it — the only case data a public node ever has.
 */
@Service
public class DisclosureCopies {

  private final Cases cases;
  private final CaseRows rows;
  private final DisclosureCopyRows copies;

  DisclosureCopies(Cases cases, CaseRows rows, DisclosureCopyRows copies) {
    this.cases = cases;
    this.rows = rows;
    this.copies = copies;
  }

  /** The party's disclosure now, for the copy (internal node). */
  @Transactional(readOnly = true)
  public Optional<DisclosureCopy> export(long caseId, long partyId) {
    return rows.byId(caseId)
        .flatMap(
            c -> {
              long revision = rows.revision(caseId).orElseThrow();
              return cases.record(caseId).parties().stream()
                  .filter(p -> p.id() == partyId)
                  .findFirst()
                  .map(
                      p ->
                          new DisclosureCopy(
                              caseId,
                              partyId,
                              c.caseNumber(),
                              p.name(),
                              revision,
                              cases.disclosure(caseId, partyId, revision)));
            });
  }

  /** Keeps the newest copy (public node); an older revision never replaces a newer one. */
  @Transactional
  public void apply(DisclosureCopy copy) {
    if (copy.disclosure() == null || copy.caseNumber() == null || copy.partyName() == null) {
      throw new IllegalArgumentException("disclosure: 副本不完整");
    }
    copies.upsert(copy);
  }

  /** The parties this node holds a copy for (public node; none elsewhere). */
  @Transactional(readOnly = true)
  public List<CasePartyView.Key> held() {
    return copies.keys();
  }

  /** Removes a copy no grant needs any more (public node). */
  @Transactional
  public void remove(long caseId, long partyId) {
    copies.delete(caseId, partyId);
  }
}
