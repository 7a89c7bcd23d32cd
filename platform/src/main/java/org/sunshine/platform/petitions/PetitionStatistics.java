package org.sunshine.platform.petitions;

import java.time.YearMonth;
import java.util.Map;

/**
 * One unit's month, for the public statistics (群众来信件件有回复): what was received by kind and channel,
 * and the reply rates. A rate counts the matters whose clock has fallen due (or was met);
 * "reachable" leaves out anonymous reports, whose replies wait for the query code. Never any
 * identity.
 *
 * @param proceduralDue matters whose 7-day clock has fallen due or was met
 * @param proceduralInTime of those, answered within it
 * @param resultDue matters whose 3-month (or kind's) clock has fallen due or was met
 * @param resultInTime of those, answered within it
 */
public record PetitionStatistics(
    long unitId,
    YearMonth month,
    int received,
    Map<PetitionKind, Integer> byKind,
    Map<PetitionChannel, Integer> byChannel,
    int proceduralDue,
    int proceduralInTime,
    int proceduralDueReachable,
    int proceduralInTimeReachable,
    int resultDue,
    int resultInTime,
    int resultDueReachable,
    int resultInTimeReachable,
    int overdue) {

  /** Percent with one decimal, or null when nothing fell due. */
  public Double proceduralRate() {
    return rate(proceduralInTime, proceduralDue);
  }

  public Double proceduralRateReachable() {
    return rate(proceduralInTimeReachable, proceduralDueReachable);
  }

  public Double resultRate() {
    return rate(resultInTime, resultDue);
  }

  public Double resultRateReachable() {
    return rate(resultInTimeReachable, resultDueReachable);
  }

  private static Double rate(int part, int whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }
}
