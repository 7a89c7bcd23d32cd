package org.sunshine.platform.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sunshine.platform.publication.PublicDocumentView;
import org.sunshine.platform.texts.Texts;

/** A published document in the open API: public fields only (no staff names). */
record ApiDocument(
    long id,
    String documentNumber,
    String type,
    String typeTitle,
    long unitId,
    String unitName,
    String charge,
    LocalDate decidedOn,
    LocalDate publishedOn,
    int revision,
    String title,
    String text,
    boolean withdrawn,
    List<ApiCorrection> corrections,
    String url,
    String pdfUrl) {

  record ApiCorrection(String kind, String reason, Instant at) {}

  static ApiDocument of(PublicDocumentView v, boolean withText) {
    return new ApiDocument(
        v.documentId(),
        v.documentNumber(),
        v.typeCode(),
        v.typeTitle(),
        v.unitId(),
        v.unitName(),
        v.charge(),
        v.decidedOn(),
        v.latest().publishedOn(),
        v.latest().revision(),
        v.withdrawn()
            ? Texts.text("opendata.api-document.withdrawn-title")
            : v.latest().publicTitle(),
        withText ? v.text() : null,
        v.withdrawn(),
        v.corrections().stream()
            .map(c -> new ApiCorrection(c.kind(), c.reason(), c.occurredAt()))
            .toList(),
        "/documents/" + v.documentId(),
        v.withdrawn() ? null : "/documents/" + v.documentId() + ".pdf");
  }
}
