package org.sunshine.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Totals and facet counts of a query (ADR 12). Up to {@code estimateAbove} hits (default {@value
 * #DEFAULT_ESTIMATE_ABOVE}) they are exact; above that they are estimated from a fixed sample of
 * the index — the entries whose key hashes into one of {@link #SAMPLE_RATE} buckets — scaled up and
 * rounded to three significant figures. Counting every hit of a common phrase costs ten times
 * finding its best ten; the sample bounds that work, and because it is chosen by key, not by date
 * or unit, it is unbiased for every facet and gives the same answer on every page.
 */
final class LuceneCounts {

  /** The samples, sparsest first: one entry in 64, one in 16. */
  static final int[] RATES = {64, 16};

  static final int DEFAULT_ESTIMATE_ABOVE = 10_000;
  static final String SAMPLE = "sample";

  private final FacetsConfig config;
  private final int estimateAbove;
  private final Map<DirectoryReader, SortedSetDocValuesReaderState> states =
      new ConcurrentHashMap<>();

  /** What was counted: the hits and, per dimension, the values with their counts. */
  record Counted(long total, boolean exact, Map<String, List<SearchResults.FacetCount>> facets) {}

  /**
   * @param estimateAbove hits above which counts are estimated; 0 counts every hit of every query
   */
  LuceneCounts(FacetsConfig config, int estimateAbove) {
    this.config = config;
    this.estimateAbove = estimateAbove;
  }

  /**
   * Marks an entry that belongs to the samples (by a hash of its key); the 1-in-64 sample is a part
   * of the 1-in-16 one.
   */
  static void mark(Document d, String key) {
    for (int rate : RATES) {
      if (inSample(key, rate)) {
        d.add(new StringField(SAMPLE, String.valueOf(rate), Field.Store.NO));
      }
    }
  }

  static boolean inSample(String key, int rate) {
    return mix(key.hashCode()) >>> (32 - Integer.numberOfTrailingZeros(rate)) == 0;
  }

  /**
   * MurmurHash3's finaliser: consecutive keys land at random. (Fibonacci hashing spreads them too
   * evenly: on the benchmark's corpus its estimates erred by up to 6 %, twice what chance allows.)
   */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** The query restricted to the 1-in-{@code rate} sample. */
  static Query sampled(Query query, int rate) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(SAMPLE, String.valueOf(rate))), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Counts on the sparsest sample that holds enough hits for a close estimate (at least {@code
   * estimateAbove / 16}: 625 by default, a standard error of at most 4 %); {@code null} when the
   * query has few enough hits to count them all.
   */
  Counted estimate(IndexSearcher searcher, Query query) throws IOException {
    if (estimateAbove <= 0) {
      return null;
    }
    long enough = Math.max(1, estimateAbove / RATES[RATES.length - 1]);
    for (int rate : RATES) {
      FacetsCollector sample = searcher.search(sampled(query, rate), new FacetsCollectorManager());
      long sampled = sample.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
      if (sampled * rate <= estimateAbove) {
        return null;
      }
      if (sampled >= enough) {
        return new Counted(round(sampled * rate), false, facets(searcher, sample, rate));
      }
    }
    return null; // more than estimateAbove hits but too few in any sample: count them all
  }

  /** Exact counts of every hit the collector saw. */
  Counted exact(IndexSearcher searcher, long total, FacetsCollector all) throws IOException {
    return new Counted(total, true, facets(searcher, all, 1));
  }

  /** Three significant figures: an estimate should not look more precise than it is. */
  static long round(long n) {
    long scale = 1;
    while (n / scale >= 1000) {
      scale *= 10;
    }
    return Math.round((double) n / scale) * scale;
  }

  private Map<String, List<SearchResults.FacetCount>> facets(
      IndexSearcher searcher, FacetsCollector fc, int scale) throws IOException {
    Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
    DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
    if (reader.numDocs() == 0) {
      LuceneSearchIndex.DIMENSIONS.forEach(d -> out.put(d, List.of()));
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state(reader), fc);
    for (String dim : LuceneSearchIndex.DIMENSIONS) {
      List<SearchResults.FacetCount> values = new ArrayList<>();
      FacetResult r;
      try {
        r = counts.getTopChildren(200, dim);
      } catch (IllegalArgumentException noSuchDimensionYet) {
        r = null;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          long n = lv.value.longValue() * scale;
          values.add(new SearchResults.FacetCount(lv.label, scale == 1 ? n : round(n)));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /**
   * The facet ordinals of a reader, built once per reader (a refresh makes a new one; searches on
   * an older reader keep theirs, so they never rebuild each other's) and dropped when it closes.
   */
  private SortedSetDocValuesReaderState state(DirectoryReader reader) {
    return states.computeIfAbsent(
        reader,
        r -> {
          try {
            var helper = r.getReaderCacheHelper();
            if (helper != null) {
              helper.addClosedListener(key -> states.remove(r));
            }
            return new DefaultSortedSetDocValuesReaderState(r, config);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
