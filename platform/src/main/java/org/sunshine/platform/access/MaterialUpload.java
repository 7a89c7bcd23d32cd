package org.sunshine.platform.access;

/** One uploaded file: a scan or photo of an ID card, a licence, a letter… */
record MaterialUpload(
    Relation.Material kind, String fileName, String contentType, byte[] content) {}
