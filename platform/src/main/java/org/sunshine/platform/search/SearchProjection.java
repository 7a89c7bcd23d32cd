package org.sunshine.platform.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.documents.DocumentPublished;
import org.sunshine.platform.documents.DocumentWithdrawn;
import org.sunshine.platform.documents.PublicDocumentView;
import org.sunshine.platform.documents.PublicationChannel;
import org.sunshine.platform.documents.PublishedDocuments;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;

/**
 * Keeps the index a projection of what is published: each event after commit updates one entry
 * (idempotently), a rebuild replaces everything from the database, and the drift check compares the
 * two.
 */
@Component
class SearchProjection {

  private final SearchIndex index;
  private final PublishedDocuments documents;
  private final Directory directory;

  SearchProjection(SearchIndex index, PublishedDocuments documents, Directory directory) {
    this.index = index;
    this.documents = documents;
    this.directory = directory;
  }

  @ApplicationModuleListener
  void on(DocumentPublished event) {
    if (event.channel() == PublicationChannel.INTERNET) {
      entry(event.documentId()).ifPresent(e -> index.upsert(List.of(e)));
    }
  }

  @ApplicationModuleListener
  void on(DocumentWithdrawn event) {
    index.delete(key(event.documentId()));
  }

  /** The live database state: key → fingerprint. */
  Map<String, String> expected() {
    Map<String, String> out = new HashMap<>();
    documents.liveFingerprints().forEach((id, sha) -> out.put(key(id), sha));
    return out;
  }

  void rebuild(Runnable onEach, java.util.function.IntConsumer total) {
    List<Long> ids = new ArrayList<>(documents.liveFingerprints().keySet());
    ids.sort(Long::compare);
    total.accept(ids.size());
    Iterator<Long> it = ids.iterator();
    Iterable<SearchEntry> entries =
        () ->
            new Iterator<>() {
              private SearchEntry next = advance();

              private SearchEntry advance() {
                while (it.hasNext()) {
                  Optional<SearchEntry> e = entry(it.next());
                  if (e.isPresent()) {
                    return e.get();
                  }
                }
                return null;
              }

              @Override
              public boolean hasNext() {
                return next != null;
              }

              @Override
              public SearchEntry next() {
                SearchEntry current = next;
                next = advance();
                return current;
              }
            };
    index.replaceAll(entries, onEach);
  }

  Optional<SearchEntry> entry(long documentId) {
    return documents
        .find(documentId, PublicationChannel.INTERNET)
        .filter(v -> !v.withdrawn())
        .map(this::entry);
  }

  private SearchEntry entry(PublicDocumentView v) {
    return new SearchEntry(
        key(v.documentId()),
        "DOCUMENT",
        v.latest().publicTitle(),
        v.latest().text(),
        v.typeCode(),
        v.typeTitle(),
        v.unitId(),
        v.unitName(),
        directory.path(v.unitId()).stream().map(ProcuratorateView::id).toList(),
        v.charge(),
        v.latest().publishedOn(),
        "/documents/" + v.documentId(),
        v.latest().textSha256());
  }

  static String key(long documentId) {
    return "document-" + documentId;
  }
}
