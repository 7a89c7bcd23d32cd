package org.sunshine.platform.petitions;

/**
 * What a petitioner keeps after filing: the query code (with their password, it opens the replies).
 */
public record Receipt(long id, String queryCode) {}
