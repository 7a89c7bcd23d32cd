package org.sunshine.platform.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * A petition filed on the public node, as it crosses to the internal node to be handled: the
 * matter, the petitioner (for 控申 only) and the scans. The query code is its identity on both nodes;
 * the password crosses only as its hash. {@code withheldType}: an objection to a withholding's
 * document type (null otherwise, and from an older public node); {@code channel}: ONLINE or
 * RECEPTION.
 */
public record PetitionReplica(
    String queryCode,
    long unitId,
    String kind,
    String subject,
    String text,
    String caseNumber,
    Long documentId,
    boolean anonymous,
    boolean confidential,
    String passwordHash,
    LocalDate receivedOn,
    String name,
    String mobile,
    String idNumber,
    String address,
    List<NewPetition.Scan> scans,
    String withheldType,
    String channel) {

  /** How it came in: online, or a booked reception (null from an older public node: online). */
  PetitionChannel channelOrOnline() {
    return channel == null ? PetitionChannel.ONLINE : PetitionChannel.valueOf(channel);
  }
}
