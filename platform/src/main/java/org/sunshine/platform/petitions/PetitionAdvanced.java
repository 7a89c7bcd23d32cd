package org.sunshine.platform.petitions;

/**
 * A handling step was taken on a petition (the transfer sends a matter filed outside its state).
 */
public record PetitionAdvanced(long petitionId, boolean filedOutside) {}
