package org.sunshine.platform.hearings;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.audit.Channel;
import org.sunshine.platform.organisation.StaffIdentity;

/**
 * Draws 人民监督员 for a hearing at random from the unit's active roster (人民监督员选任管理办法: chosen at random,
 * not by the case's procurator). Each draw takes a fresh seed from a SecureRandom and shuffles the
 * candidates, ordered by id, with it; the audit entry records the seed, the pool and who was drawn,
 * so anyone can replay the draw and see it was not steered. Nobody is drawn twice for one hearing:
 * an excused supervisor stays out of the pool.
 */
@Component
class SupervisorDraw {

  private final SecureRandom seeds = new SecureRandom();
  private final HearingRows rows;
  private final HearingNotices notices;
  private final AuditLog audit;
  private final Clock clock;

  SupervisorDraw(HearingRows rows, HearingNotices notices, AuditLog audit, Clock clock) {
    this.rows = rows;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  /** The same shuffle a replay of the audit entry performs. */
  static List<Long> order(List<Long> candidateIds, long seed) {
    List<Long> shuffled = new ArrayList<>(candidateIds);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled;
  }

  /** Draws as many as the hearing still lacks; returns how many were drawn. */
  int fill(StaffIdentity staff, HearingView h) {
    long invited = rows.seats(h.id()).stream().filter(s -> "INVITED".equals(s.state())).count();
    int needed = (int) Math.max(0, h.supervisorsNeeded() - invited);
    if (needed == 0) {
      return 0;
    }
    List<HearingRows.Supervisor> pool = rows.candidates(h.unitId(), h.id());
    long seed = seeds.nextLong();
    List<Long> ids = pool.stream().map(HearingRows.Supervisor::id).toList();
    List<Long> drawn = order(ids, seed).subList(0, Math.min(needed, ids.size()));
    for (long id : drawn) {
      rows.seat(h.id(), id, seed, staff.username(), clock.instant());
      notices.invited(h, pool.stream().filter(s -> s.id() == id).findFirst().orElseThrow());
    }
    audit.record(
        staff.username(),
        staff.unitId(),
        "DRAW_SUPERVISORS",
        Hearings.SUBJECT,
        Long.toString(h.id()),
        "seed="
            + seed
            + "; pool="
            + ids
            + "; drawn="
            + drawn
            + (drawn.size() < needed ? "; short=" + (needed - drawn.size()) : ""),
        Channel.CONSOLE);
    return drawn.size();
  }
}
