package org.sunshine.platform.lawyers;

/** A file as uploaded: its name, the type it claims, and its bytes. */
record Upload(String fileName, String contentType, byte[] content) {}
