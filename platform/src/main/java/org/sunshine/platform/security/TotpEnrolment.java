package org.sunshine.platform.security;

/**
 * What the enrolment page shows: the QR code (a data: URI) and the same secret for manual entry.
 */
record TotpEnrolment(String secret, String qrDataUri) {}
