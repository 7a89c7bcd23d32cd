package org.sunshine.platform.petitions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.texts.BadInput;

/**
 * Petitions across a split deployment (ADR 11, 16): filed on the public node, the matter crosses to
 * the internal node and is handled there as any other; each step's state and replies cross back,
 * and the public node tells the petitioner, from its own inbox and gateway.
 */
@Service
public class PetitionReplicas {

  private final PetitionRows rows;
  private final PetitionReplicaRows replicaRows;
  private final PetitionReplies replies;
  private final Directory directory;
  private final Clock clock;

  PetitionReplicas(
      PetitionRows rows,
      PetitionReplicaRows replicaRows,
      PetitionReplies replies,
      Directory directory,
      Clock clock) {
    this.rows = rows;
    this.replicaRows = replicaRows;
    this.replies = replies;
    this.directory = directory;
    this.clock = clock;
  }

  /** The matter as filed here (public node), for the internal node. */
  @Transactional(readOnly = true)
  public Optional<PetitionReplica> exportPetition(long petitionId) {
    return rows.find(petitionId)
        .filter(r -> !r.petition().filedOutside)
        .map(
            r -> {
              var who = rows.petitioner(petitionId);
              Petition p = r.petition();
              return new PetitionReplica(
                  r.queryCode(),
                  p.unitId,
                  p.kind.name(),
                  r.subject(),
                  r.body(),
                  r.caseNumber(),
                  p.documentId,
                  p.anonymous,
                  r.confidential(),
                  r.passwordHash(),
                  p.receivedOn,
                  who.map(PetitionRows.PetitionerRow::name).orElse(null),
                  who.map(PetitionRows.PetitionerRow::mobile).orElse(null),
                  who.map(PetitionRows.PetitionerRow::idNumber).orElse(null),
                  who.map(PetitionRows.PetitionerRow::address).orElse(null),
                  replicaRows.scans(petitionId),
                  p.withheldType,
                  p.channel.name());
            });
  }

  /** Takes in a matter filed on the public node (internal node); the same one twice is one. */
  @Transactional
  public void receivePetition(PetitionReplica r) {
    if (r.queryCode() == null || !r.queryCode().matches("XF[0-9A-Z]{10}")) {
      throw BadInput.at("queryCode", "petitions.petition-replicas.query-code.invalid");
    }
    if (directory.find(r.unitId()).isEmpty()) {
      throw BadInput.at("unitId", "petitions.petition-replicas.unit.unknown", r.unitId());
    }
    PetitionKind.valueOf(r.kind());
    PetitionChannel channel = r.channelOrOnline();
    if (channel != PetitionChannel.ONLINE && channel != PetitionChannel.RECEPTION) {
      throw BadInput.at("channel", "petitions.petition-replicas.channel.public-node");
    }
    // The public node checked the scans; the internal node does not take its word for it.
    if (r.scans() != null && !r.scans().stream().allMatch(PetitionIntake::realScan)) {
      throw BadInput.at("scans", "petitions.petition-replicas.scans.type");
    }
    if (rows.byCode(r.queryCode()).isPresent()) {
      return;
    }
    replicaRows.insert(r, clock.instant());
  }

  /**
   * How the matter stands here (internal node), for the public node; only for those filed there.
   * The replies include those of the units it was transferred on to (移送), which the petitioner
   * follows from the matter they filed.
   */
  @Transactional(readOnly = true)
  public Optional<PetitionStateReplica> exportState(long petitionId) {
    return rows.find(petitionId)
        .filter(r -> r.petition().filedOutside)
        .map(
            r -> {
              Petition p = r.petition();
              List<PetitionStateReplica.Reply> all =
                  rows.repliesFollowed(petitionId).stream()
                      .map(
                          x ->
                              new PetitionStateReplica.Reply(
                                  x.id(), x.kind(), x.body(), x.repliedOn()))
                      .toList();
              return new PetitionStateReplica(
                  r.queryCode(),
                  p.state.name(),
                  p.receivedOn,
                  p.completeOn,
                  p.proceduralReplyOn,
                  p.answeredOn,
                  p.concludedOn,
                  p.extended,
                  p.outcome == null ? null : p.outcome.name(),
                  p.referredTo,
                  p.round,
                  all);
            });
  }

  /**
   * Applies the state sent back (public node): the matter's state and dates, each new reply kept
   * and announced to the petitioner here.
   */
  @Transactional
  public void applyState(PetitionStateReplica s) {
    PetitionRows.Row row =
        rows.byCode(s.queryCode())
            .orElseThrow(
                () -> BadInput.at("queryCode", "petitions.petition-replicas.query-code.unknown"));
    replicaRows.applyState(row.petition().id, s, clock.instant());
    for (PetitionStateReplica.Reply reply : s.replies()) {
      replicaRows
          .insertReply(row.petition().id, reply, clock.instant())
          .ifPresent(id -> replies.tell(row, id));
    }
  }
}
