package org.sunshine.platform.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.publication.PublishedDocuments;

/** The public search: results, facets with readable labels, nothing but published data. */
@Service
class PublicSearch {

  private final SearchIndex index;
  private final Directory directory;
  private final PublishedDocuments documents;

  PublicSearch(SearchIndex index, Directory directory, PublishedDocuments documents) {
    this.index = index;
    this.directory = directory;
    this.documents = documents;
  }

  /**
   * The index answers; a document withdrawn since (its index entry goes after commit, on another
   * thread) is dropped from the page at once, so a withdrawal takes effect the moment it commits.
   */
  public SearchResults search(SearchQuery query) {
    SearchResults r = index.search(query);
    List<Long> ids =
        r.hits().stream().map(PublicSearch::documentId).filter(Objects::nonNull).toList();
    Set<Long> gone = ids.isEmpty() ? Set.of() : documents.withdrawnAmong(ids);
    if (gone.isEmpty()) {
      return r;
    }
    List<SearchResults.Hit> live =
        r.hits().stream().filter(h -> !gone.contains(documentId(h))).toList();
    // an estimate stays as it was: subtracting would make it look exact, and differ per page
    long total = r.exact() ? Math.max(0, r.total() - gone.size()) : r.total();
    return new SearchResults(total, r.page(), r.size(), live, r.facets(), r.exact());
  }

  private static Long documentId(SearchResults.Hit h) {
    return h.key().startsWith("document-")
        ? Long.valueOf(h.key().substring("document-".length()))
        : null;
  }

  /**
   * The unit facet as the hierarchy shows it: the children of the chosen unit (or the top units)
   * with their counts, which include their own subordinates.
   */
  public List<UnitCount> unitFacet(SearchResults results, Long unitId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    results.facets().getOrDefault("unit", List.of()).forEach(f -> counts.put(f.value(), f.count()));
    List<UnitCount> out = new ArrayList<>();
    var level =
        unitId == null
            ? directory.roots().stream().flatMap(r -> directory.children(r.id()).stream()).toList()
            : directory.children(unitId);
    for (var u : level) {
      Long n = counts.get(String.valueOf(u.id()));
      if (n != null) {
        out.add(new UnitCount(u.id(), u.name(), n));
      }
    }
    return out;
  }

  public record UnitCount(long unitId, String name, long count) {}
}
