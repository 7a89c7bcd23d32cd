package org.sunshine.platform.petitions;

/** How a petition arrived: online, at the window, by phone, by letter, at a leader's reception. */
public enum PetitionChannel {
  ONLINE,
  VISIT,
  PHONE,
  LETTER,
  RECEPTION
}
