package org.sunshine.platform.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One published item as the index holds it.
 *
 * @param key stable id across rebuilds, e.g. {@code document-42}, {@code release-7}
 * @param kind {@code DOCUMENT} or {@code RELEASE}
 * @param category the document type code or the release category
 * @param unitPath the unit and all its ancestors (a province's search includes its counties)
 * @param fingerprint what the drift check compares (the published text's SHA-256)
 */
record SearchEntry(
    String key,
    String kind,
    String title,
    String text,
    String category,
    String categoryLabel,
    long unitId,
    String unitName,
    List<Long> unitPath,
    String charge,
    LocalDate publishedOn,
    String url,
    String fingerprint) {

  public SearchEntry {
    unitPath = List.copyOf(unitPath);
  }

  public int year() {
    return publishedOn.getYear();
  }
}
