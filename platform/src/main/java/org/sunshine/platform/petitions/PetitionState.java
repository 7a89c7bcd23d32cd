package org.sunshine.platform.petitions;

/** Where a petition stands in 控申's handling. */
enum PetitionState {
  REGISTERED,
  AWAITING_MATERIAL,
  ACCEPTED,
  ASSIGNED,
  ANSWERED,
  CLOSED,
  /** Not ours: the petitioner was told where to go (第一百六十一条). */
  REFERRED,
  /** Sent on to the competent unit with the record. */
  TRANSFERRED;

  public boolean open() {
    return this != CLOSED && this != REFERRED && this != TRANSFERRED;
  }
}
