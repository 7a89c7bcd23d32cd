package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;

/**
 * 第一百六十一条: a matter transferred (移送) goes with its record — text, petitioner, scans, the
 * confidentiality of a 举报人 — to the competent unit, where it is registered afresh, linked to the
 * original, and its clocks start on the day it arrives. The sending unit's matter is concluded with
 * its procedural reply; the receiving unit's 控申 has the new one in its queues. The petitioner
 * follows it: the signed-in account is the same, and an anonymous reporter's password hash goes
 * with it, so the old query code and password show the receiving unit's replies.
 */
@Component
class PetitionTransfers {

  private final PetitionIntake intake;
  private final PetitionRows rows;
  private final PetitionReplicaRows replicaRows;
  private final Directory directory;
  private final Clock clock;

  PetitionTransfers(
      PetitionIntake intake,
      PetitionRows rows,
      PetitionReplicaRows replicaRows,
      Directory directory,
      Clock clock) {
    this.intake = intake;
    this.rows = rows;
    this.replicaRows = replicaRows;
    this.directory = directory;
    this.clock = clock;
  }

  /** Registers the transferred matter at the receiving unit; its receipt. */
  Receipt takeUp(PetitionRows.Row row, long toUnit, String actor) {
    Petition p = row.petition();
    Receipt taken = intake.take(copy(row, toUnit), p.applicantId, actor, true);
    rows.linkTransfer(taken.id(), p.id, row.passwordHash(), p.filedOutside);
    rows.step(
        taken.id(),
        actor,
        "TRANSFERRED_IN",
        directory.get(p.unitId).name() + " #" + p.id,
        clock.instant());
    return taken;
  }

  private NewPetition copy(PetitionRows.Row row, long toUnit) {
    Petition p = row.petition();
    var who = rows.petitioner(p.id);
    return new NewPetition(
        toUnit,
        p.kind,
        p.channel,
        row.subject(),
        row.body(),
        row.caseNumber(),
        p.anonymous,
        row.confidential(),
        who.map(PetitionRows.PetitionerRow::name).orElse(null),
        who.map(PetitionRows.PetitionerRow::mobile).orElse(null),
        who.map(PetitionRows.PetitionerRow::idNumber).orElse(null),
        who.map(PetitionRows.PetitionerRow::address).orElse(null),
        null,
        null,
        p.documentId,
        LocalDate.now(clock),
        replicaRows.scans(p.id),
        p.withheldType);
  }
}
