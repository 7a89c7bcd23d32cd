package org.sunshine.platform.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.ProcuratorateView;
import org.sunshine.platform.publication.DocumentPublished;
import org.sunshine.platform.publication.DocumentWithdrawn;
import org.sunshine.platform.publication.PublicDocumentView;
import org.sunshine.platform.publication.PublicRelease;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.PublishedReleases;
import org.sunshine.platform.publication.ReleasePublished;
import org.sunshine.platform.publication.ReleaseWithdrawn;
import org.sunshine.platform.texts.Texts;

/**
 * Keeps the index a projection of what is published: each event after commit updates one entry
 * (idempotently), a rebuild replaces everything from the database, and the drift check compares the
 * two.
 */
@Component
class SearchProjection {

  private final SearchIndex index;
  private final PublishedDocuments documents;
  private final PublishedReleases releases;
  private final Directory directory;

  SearchProjection(
      SearchIndex index,
      PublishedDocuments documents,
      PublishedReleases releases,
      Directory directory) {
    this.index = index;
    this.documents = documents;
    this.releases = releases;
    this.directory = directory;
  }

  @ApplicationModuleListener
  void on(ReleasePublished event) {
    syncRelease(event.releaseId());
  }

  @ApplicationModuleListener
  void on(ReleaseWithdrawn event) {
    syncRelease(event.releaseId());
  }

  /**
   * Events only say which item to look at: the database's state at the time of writing decides, and
   * reads and writes are serialised (also against a rebuild), so a late "published" can never bring
   * back a withdrawn item.
   */
  private final Object lock = new Object();

  @ApplicationModuleListener
  void on(DocumentPublished event) {
    if (event.channel() == PublicationChannel.INTERNET) {
      syncDocument(event.documentId());
    }
  }

  @ApplicationModuleListener
  void on(DocumentWithdrawn event) {
    syncDocument(event.documentId());
  }

  void syncDocument(long documentId) {
    synchronized (lock) {
      entry(documentId)
          .ifPresentOrElse(e -> index.upsert(List.of(e)), () -> index.delete(key(documentId)));
    }
  }

  /** Brings one index key (document-42, release-7) in line with the database. */
  void sync(String key) {
    long id = Long.parseLong(key.substring(key.indexOf('-') + 1));
    if (key.startsWith("release-")) {
      syncRelease(id);
    } else {
      syncDocument(id);
    }
  }

  void syncRelease(long releaseId) {
    synchronized (lock) {
      releases
          .find(releaseId)
          .filter(r -> !r.withdrawn())
          .map(this::entry)
          .ifPresentOrElse(
              e -> index.upsert(List.of(e)), () -> index.delete("release-" + releaseId));
    }
  }

  /** The live database state: key → fingerprint. */
  Map<String, String> expected() {
    Map<String, String> out = new HashMap<>();
    documents.liveFingerprints().forEach((id, sha) -> out.put(key(id), sha));
    releases.all().forEach(r -> out.put("release-" + r.id(), fingerprint(r)));
    return out;
  }

  void rebuild(Runnable onEach, IntConsumer total) {
    synchronized (lock) {
      rebuildLocked(onEach, total);
    }
  }

  private void rebuildLocked(Runnable onEach, IntConsumer total) {
    List<Long> ids = new ArrayList<>(documents.liveFingerprints().keySet());
    ids.sort(Long::compare);
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
    List<SearchEntry> released = releases.all().stream().map(this::entry).toList();
    total.accept(ids.size() + released.size());
    Iterable<SearchEntry> everything =
        () ->
            Stream.concat(StreamSupport.stream(entries.spliterator(), false), released.stream())
                .iterator();
    index.replaceAll(everything, onEach);
  }

  private SearchEntry entry(PublicRelease r) {
    return new SearchEntry(
        "release-" + r.id(),
        "RELEASE",
        r.title(),
        r.body(),
        r.category(),
        categoryLabel(r.category()),
        r.unitId(),
        r.unitName(),
        directory.path(r.unitId()).stream().map(ProcuratorateView::id).toList(),
        null,
        r.publishedOn(),
        "/releases/" + r.id(),
        fingerprint(r));
  }

  private static String categoryLabel(String category) {
    return switch (category) {
      case "TYPICAL_CASE" -> Texts.text("search.search-projection.category.typical");
      case "HOT_CASE" -> Texts.text("search.search-projection.category.hot");
      case "DUTY_CRIME" -> Texts.text("search.search-projection.category.duty-crime");
      default -> Texts.text("search.search-projection.category.other");
    };
  }

  private static String fingerprint(PublicRelease r) {
    return Integer.toHexString((r.title() + "\n" + r.body()).hashCode());
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
