package org.sunshine.platform.search;

import java.util.List;
import org.springframework.beans.factory.BeanFactory;

/**
 * What other modules' tests may ask of search, whose facade is package-private because no
 * production module calls it: how many hits a query has, which pages a filtered search lists, and
 * whether the index has drifted from the database.
 */
public final class SearchProbe {

  private SearchProbe() {}

  /** The total of a query over one kind (DOCUMENT or RELEASE). */
  public static long total(BeanFactory node, String text, String kind) {
    return node.getBean(PublicSearch.class)
        .search(new SearchQuery(text, kind, null, null, null, null, false, 0, 10))
        .total();
  }

  /** The result pages' addresses of a unit's documents, newest first (one page). */
  public static List<String> documentUrls(BeanFactory node, long unitId, int page) {
    return node
        .getBean(PublicSearch.class)
        .search(new SearchQuery("", "DOCUMENT", null, unitId, null, null, true, page, 50))
        .hits()
        .stream()
        .map(SearchResults.Hit::url)
        .toList();
  }

  /** True when the index holds exactly what the database publishes. */
  public static boolean inStep(BeanFactory node) {
    return node.getBean(SearchAdmin.class).drift().none();
  }
}
