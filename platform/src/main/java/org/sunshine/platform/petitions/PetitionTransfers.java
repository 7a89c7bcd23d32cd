package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;

/**
 * 第一百六十一条: a matter transferred (移送) goes with its record — text, petitioner, scans — to the
 * competent unit, where it is registered afresh and its clocks start on the day it arrives. The
 * sending unit's matter is concluded with its procedural reply; the receiving unit's 控申 has the new
 * one in its queues. An anonymous reporter's password is known only as its hash, so that matter is
 * handled at the receiving unit but not tracked with the old query code.
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
    Receipt taken = intake.take(copy(row, toUnit), null, actor);
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
