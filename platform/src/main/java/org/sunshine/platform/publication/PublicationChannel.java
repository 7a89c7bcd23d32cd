package org.sunshine.platform.publication;

/** Where a document type is published (RULES.md §4). */
public enum PublicationChannel {
  /** 互联网 (the public portal). */
  INTERNET,
  /** The service hall's touch screen only. */
  KIOSK,
  /** Internal working documents: never published. */
  INTERNAL
}
