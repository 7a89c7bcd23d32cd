package org.sunshine.platform.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CasePartyView;
import org.sunshine.platform.cases.Cases;

/**
 * Grants with what they are to: this module's rows, named through the cases module (the case's
 * number and revision, the party's name), which owns those tables. One call to it for a whole list.
 */
@Component
class Grants {

  /**
   * Grants read at a time when a list is filtered by the unit handling the case, which only the
   * cases module knows (and which changes when a case moves to another unit).
   */
  static final int CHUNK = 500;

  private final GrantRows rows;
  private final Cases cases;

  Grants(GrantRows rows, Cases cases) {
    this.rows = rows;
    this.cases = cases;
  }

  Optional<GrantRows.GrantRow> byId(long id) {
    return rows.grant(id).map(this::named);
  }

  /** By 查询码, the grant's row locked until the transaction ends (its failures are counted). */
  Optional<GrantRows.GrantRow> byCode(String codeHash) {
    return rows.grantByCode(codeHash).map(this::named);
  }

  List<GrantRows.GrantRow> of(long applicantId) {
    List<GrantRows.GrantRow> list = rows.grantsOf(applicantId);
    Map<CasePartyView.Key, CasePartyView> parties = cases.parties(keys(list));
    return list.stream().map(g -> g.named(parties.get(g.party()))).toList();
  }

  /** The newest grants (up to the limit) to parties of cases these units handle. */
  List<GrantRows.GrantRow> ofCasesIn(Set<Long> units, int limit) {
    List<GrantRows.GrantRow> found = new ArrayList<>();
    long below = Long.MAX_VALUE;
    while (!units.isEmpty() && found.size() < limit) {
      List<GrantRows.GrantRow> chunk = rows.grantsBelow(below, CHUNK);
      if (chunk.isEmpty()) {
        break;
      }
      found.addAll(ofCasesIn(units, chunk));
      below = chunk.get(chunk.size() - 1).id();
    }
    return found.size() > limit ? found.subList(0, limit) : found;
  }

  private List<GrantRows.GrantRow> ofCasesIn(Set<Long> units, List<GrantRows.GrantRow> chunk) {
    Map<CasePartyView.Key, CasePartyView> parties = cases.parties(keys(chunk));
    return chunk.stream()
        .map(g -> g.named(parties.get(g.party())))
        .filter(g -> inUnits(parties.get(g.party()), units))
        .toList();
  }

  private static boolean inUnits(CasePartyView p, Set<Long> units) {
    return p != null && p.unitId() != null && units.contains(p.unitId());
  }

  private GrantRows.GrantRow named(GrantRows.GrantRow g) {
    return g.named(cases.parties(List.of(g.party())).get(g.party()));
  }

  private static List<CasePartyView.Key> keys(List<GrantRows.GrantRow> grants) {
    return grants.stream().map(GrantRows.GrantRow::party).toList();
  }
}
