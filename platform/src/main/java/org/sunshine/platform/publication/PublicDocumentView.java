package org.sunshine.platform.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * A published document as the public sees it: the newest published revision, or only the notice
 * when it was withdrawn; always its correction log.
 */
public record PublicDocumentView(
    long documentId,
    String documentNumber,
    String typeCode,
    String typeTitle,
    String unitName,
    long unitId,
    String charge,
    LocalDate decidedOn,
    PublishedRevision latest,
    boolean withdrawn,
    List<CorrectionEntry> corrections) {

  /** The text, or null once withdrawn. */
  public String text() {
    return withdrawn ? null : latest.text();
  }
}
