package org.sunshine.platform.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * How a matter filed outside stands inside, as it crosses back to the public node: its state, the
 * dates its clocks need, and every reply (by the internal node's reply id, so a reply arriving
 * twice is kept once). No officer, department or identity crosses.
 */
public record PetitionStateReplica(
    String queryCode,
    String state,
    LocalDate receivedOn,
    LocalDate completeOn,
    LocalDate proceduralReplyOn,
    LocalDate answeredOn,
    LocalDate concludedOn,
    boolean extended,
    String outcome,
    String referredTo,
    int round,
    List<Reply> replies) {

  /** One reply as written inside. */
  public record Reply(long originId, String kind, String body, LocalDate repliedOn) {}
}
