package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The monthly figures per unit; computed from the clocks, so they follow the settings. */
@Component
class PetitionReports {

  private final PetitionRows rows;
  private final PetitionRounds rounds;
  private final PetitionClocks clocks;
  private final Clock clock;

  PetitionReports(PetitionRows rows, PetitionRounds rounds, PetitionClocks clocks, Clock clock) {
    this.rows = rows;
    this.rounds = rounds;
    this.clocks = clocks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  PetitionStatistics month(long unitId, YearMonth month) {
    LocalDate today = LocalDate.now(clock);
    Map<PetitionKind, Integer> byKind = new EnumMap<>(PetitionKind.class);
    Map<PetitionChannel, Integer> byChannel = new EnumMap<>(PetitionChannel.class);
    int[] c = new int[9];
    List<Petition> received = received(unitId, month);
    for (Petition p : received) {
      byKind.merge(p.kind, 1, Integer::sum);
      byChannel.merge(p.channel, 1, Integer::sum);
      boolean reachable = !p.anonymous;
      boolean late = false;
      for (Deadline d : clocks.of(p)) {
        boolean fell = d.met() != null || today.isAfter(d.due());
        late |= p.state.open() && d.met() == null && today.isAfter(d.due());
        if (!fell || d.clock() == Deadline.Clock.FOLLOW_UP) {
          continue;
        }
        int base = d.clock() == Deadline.Clock.PROCEDURAL ? 0 : 4;
        c[base]++;
        c[base + 1] += d.metInTime() ? 1 : 0;
        if (reachable) {
          c[base + 2]++;
          c[base + 3] += d.metInTime() ? 1 : 0;
        }
      }
      c[8] += late ? 1 : 0;
    }
    return new PetitionStatistics(
        unitId,
        month,
        received.size(),
        Map.copyOf(byKind),
        Map.copyOf(byChannel),
        c[0],
        c[1],
        c[2],
        c[3],
        c[4],
        c[5],
        c[6],
        c[7],
        c[8]);
  }

  /**
   * The month's rounds: matters received in it as they stand, and ended rounds of reopened matters
   * received in it as they ended — a reopening never moves a matter out of its month.
   */
  private List<Petition> received(long unitId, YearMonth month) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.plusMonths(1).atDay(1);
    List<Petition> all = new ArrayList<>();
    rows.received(unitId, from, to).forEach(r -> all.add(r.petition()));
    all.addAll(rounds.received(unitId, from, to));
    return all;
  }
}
