package org.sunshine.platform.petitions;

import java.time.LocalDate;

/** A petition was filed or registered (no identity: statistics and the transfer may listen). */
public record PetitionRegistered(
    long petitionId,
    long unitId,
    PetitionKind kind,
    PetitionChannel channel,
    LocalDate receivedOn) {}
