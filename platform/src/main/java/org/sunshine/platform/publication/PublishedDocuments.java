package org.sunshine.platform.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.redaction.DocumentType;

/**
 * What the public may read: published revisions only (never a draft, never an original). This is
 * the whole of what a public node needs from this module.
 */
@Service
public class PublishedDocuments {

  private final PublicationRows rows;
  private final PdfTypesetter typesetter;
  private final Directory directory;
  // Published revisions never change, so their PDFs can be kept; a few dozen cover the hot ones.
  private final Cache<Long, byte[]> pdfs = Caffeine.newBuilder().maximumSize(64).build();

  PublishedDocuments(PublicationRows rows, PdfTypesetter typesetter, Directory directory) {
    this.rows = rows;
    this.typesetter = typesetter;
    this.directory = directory;
  }

  public record Page(List<PublicDocumentView> items, long total, int page, int size) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  @Transactional(readOnly = true)
  /** A unit's documents include its subordinates' (a province lists its counties' too). */
  public Page list(PublicationChannel channel, Long unitId, DocumentType type, int page, int size) {
    int p = Math.max(0, page);
    String t = type == null ? null : type.name();
    Long[] units =
        unitId == null ? null : directory.selfAndDescendants(unitId).toArray(Long[]::new);
    List<PublicDocumentView> items =
        rows.publicList(channel, units, t, p * size, size).stream().map(this::view).toList();
    return new Page(items, rows.publicCount(channel, units, t), p, size);
  }

  /** The types a channel's list can be filtered by: those of its live documents, in type order. */
  @Transactional(readOnly = true)
  public List<DocumentType> types(PublicationChannel channel) {
    Set<String> live = Set.copyOf(rows.liveTypes(channel));
    return Arrays.stream(DocumentType.values()).filter(t -> live.contains(t.name())).toList();
  }

  @Transactional(readOnly = true)
  public Optional<PublicDocumentView> find(long documentId, PublicationChannel channel) {
    return rows.publicDocument(documentId, channel).map(this::view);
  }

  /** The typeset PDF of the live revision; empty when withdrawn or unknown. */
  @Transactional(readOnly = true)
  public Optional<byte[]> pdf(long documentId, PublicationChannel channel) {
    return find(documentId, channel)
        .filter(v -> !v.withdrawn())
        .map(
            v ->
                pdfs.get(
                    v.latest().id(),
                    id ->
                        typesetter.render(
                            v.latest().publicTitle(),
                            v.unitName(),
                            v.latest().text(),
                            v.latest().publishedAt())));
  }

  /** Every document live on the internet now, with its live text's fingerprint (SHA-256). */
  @Transactional(readOnly = true)
  public Map<Long, String> liveFingerprints() {
    return rows.liveFingerprints(PublicationChannel.INTERNET);
  }

  /** Which of these documents have been withdrawn (the search drops them before its index does). */
  @Transactional(readOnly = true)
  public Set<Long> withdrawnAmong(Collection<Long> documentIds) {
    return rows.withdrawnAmong(documentIds);
  }

  /** Other live documents of the same case, for "related documents" on a document's page. */
  @Transactional(readOnly = true)
  public List<PublicDocumentView> related(long documentId) {
    return rows.related(documentId).stream().map(this::view).toList();
  }

  private PublicDocumentView view(PublicationRows.PublicRow r) {
    return new PublicDocumentView(
        r.latest().documentId(),
        r.documentNumber(),
        r.typeName(),
        DocumentType.valueOf(r.typeName()).title(),
        directory.get(r.unitId()).name(),
        r.unitId(),
        r.charge(),
        r.decidedOn(),
        r.latest(),
        r.withdrawn(),
        rows.corrections(r.latest().documentId()));
  }
}
