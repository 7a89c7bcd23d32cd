package org.sunshine.platform.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.sunshine.platform.organisation.Directory;

/** The public search: results, facets with readable labels, nothing but published data. */
@Service
public class PublicSearch {

  private final SearchIndex index;
  private final Directory directory;

  PublicSearch(SearchIndex index, Directory directory) {
    this.index = index;
    this.directory = directory;
  }

  public SearchResults search(SearchQuery query) {
    return index.search(query);
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
