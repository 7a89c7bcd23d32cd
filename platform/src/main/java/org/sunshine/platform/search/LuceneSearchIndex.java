package org.sunshine.platform.search;

import com.hankcs.lucene.HanLPAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded Lucene index (ADR 8). Text is indexed twice: HanLP words (ranking) and CJK bigrams
 * (recall: no phrase such as 非法占有为目的 may be missed). Facets come from sorted-set doc values; the
 * unit facet holds every ancestor, so a province's count includes its counties.
 */
class LuceneSearchIndex implements SearchIndex, AutoCloseable {

  /** Bumped whenever the fields change. */
  static final String SCHEMA = "3";

  static final List<String> DIMENSIONS = List.of("kind", "category", "unit", "year", "charge");

  private final Directory directory;
  private IndexWriter writer;
  private volatile SearcherManager searchers;
  private final FacetsConfig facets = new FacetsConfig();
  private final Analyzer analyzer;
  private final Analyzer bigrams = new CJKAnalyzer();
  private final LuceneCounts counts;
  private final ExecutorService queryPool;

  LuceneSearchIndex(Path path) {
    this(path, Runtime.getRuntime().availableProcessors(), LuceneCounts.DEFAULT_ESTIMATE_ABOVE);
  }

  /**
   * @param queryThreads threads one query may use across index slices: on an otherwise idle server
   *     a query uses every core (its latency roughly halves on two); under load the pool's queue
   *     keeps the work bounded. 1 searches on the caller's thread only.
   * @param estimateAbove hits above which totals and facet counts are estimated (0: never)
   */
  LuceneSearchIndex(Path path, int queryThreads, int estimateAbove) {
    this.counts = new LuceneCounts(facets, estimateAbove);
    this.queryPool =
        queryThreads > 1
            ? Executors.newFixedThreadPool(
                queryThreads,
                r -> {
                  Thread t = new Thread(r, "search-query");
                  t.setDaemon(true);
                  return t;
                })
            : null;
    try {
      this.directory = FSDirectory.open(path);
      this.analyzer =
          new PerFieldAnalyzerWrapper(
              new StandardAnalyzer(),
              Map.of(
                  LuceneDocuments.TITLE_WORDS,
                  new HanLPAnalyzer(),
                  LuceneDocuments.BODY_WORDS,
                  new HanLPAnalyzer(),
                  LuceneDocuments.TITLE_BIGRAMS,
                  bigrams,
                  LuceneDocuments.BODY_BIGRAMS,
                  bigrams));
      this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      // An index written with other fields (an older version) is emptied; the start-up check then
      // rebuilds it from the database.
      Map<String, String> schema = Map.of("schema", SCHEMA);
      boolean current = false;
      if (writer.getLiveCommitData() != null) {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
          current |= e.getKey().equals("schema") && e.getValue().equals(SCHEMA);
        }
      }
      if (!current) {
        writer.deleteAll();
      }
      this.writer.setLiveCommitData(schema.entrySet());
      this.writer.commit();
      this.searchers = new SearcherManager(writer, searcherFactory());
      facets.setMultiValued("unit", true);
    } catch (IOException e) {
      throw new UncheckedIOException("search index at " + path, e);
    }
  }

  @Override
  public synchronized void upsert(Collection<SearchEntry> entries) {
    try {
      for (SearchEntry e : entries) {
        writer.updateDocument(new Term(LuceneDocuments.KEY, e.key()), document(e));
      }
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void delete(String key) {
    try {
      writer.deleteDocuments(new Term(LuceneDocuments.KEY, key));
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void replaceAll(Iterable<SearchEntry> entries, Runnable onEach) {
    try {
      writer.deleteAll();
      for (SearchEntry e : entries) {
        writer.addDocument(document(e));
        onEach.run();
      }
      commit(); // readers see the old index until here
    } catch (IOException | RuntimeException e) {
      // Nothing of a failed rebuild may reach a later commit: drop it and reopen on the last
      // commit.
      reopenAfterRollback();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  private void reopenAfterRollback() {
    try {
      writer.rollback();
      SearcherManager old = searchers;
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      searchers = new SearcherManager(writer, searcherFactory());
      old.close();
    } catch (IOException e) {
      throw new UncheckedIOException("search index could not be reopened", e);
    }
  }

  private SearcherFactory searcherFactory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return queryPool == null ? new IndexSearcher(reader) : new IndexSearcher(reader, queryPool);
      }
    };
  }

  private Document document(SearchEntry e) throws IOException {
    return facets.build(LuceneDocuments.of(e));
  }

  private void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public SearchResults search(SearchQuery q) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query query = LuceneQueries.build(q, analyzer, bigrams);
        int want = Math.max(1, (q.page() + 1) * q.size());
        Sort sort =
            q.byDate() || q.text().isEmpty()
                ? new Sort(new SortField(LuceneDocuments.PUBLISHED, SortField.Type.LONG, true))
                : Sort.RELEVANCE;
        LuceneCounts.Counted counted = counts.estimate(searcher, query);
        TopDocs top = null;
        if (counted != null) { // many: the best only, scoring may skip what cannot make the page
          top = searcher.search(query, topOnly(sort, want));
          if (top.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
            counted = null; // fewer hits than a page: count them all after all
          }
        }
        if (counted == null) { // few hits: count them all while finding the best
          FacetsCollectorManager.FacetsResult all =
              FacetsCollectorManager.search(
                  searcher, query, want, sort, new FacetsCollectorManager());
          top = all.topDocs();
          counted = counts.exact(searcher, top.totalHits.value, all.facetsCollector());
        }
        return new SearchResults(
            counted.total(),
            q.page(),
            q.size(),
            page(searcher, q, top),
            counted.facets(),
            counted.exact());
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The best {@code want} hits, counting no more than that: the sample has counted already, so
   * scoring may start skipping as soon as the page is full.
   */
  private static CollectorManager<?, ? extends TopDocs> topOnly(Sort sort, int want) {
    return sort == Sort.RELEVANCE
        ? new TopScoreDocCollectorManager(want, null, want)
        : new TopFieldCollectorManager(sort, want, null, want);
  }

  private List<SearchResults.Hit> page(IndexSearcher searcher, SearchQuery q, TopDocs top)
      throws IOException {
    int from = Math.min(top.scoreDocs.length, q.page() * q.size());
    TopDocs page =
        new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
    String[] snippets =
        LuceneDocuments.snippets(
            searcher, analyzer, LuceneQueries.highlightQuery(q, bigrams), page);
    StoredFields stored = searcher.storedFields();
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.scoreDocs.length; i++) {
      hits.add(LuceneDocuments.hit(stored.document(page.scoreDocs[i].doc), snippets[i]));
    }
    return hits;
  }

  @Override
  public Map<String, String> fingerprints() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Map<String, String> out = new HashMap<>();
        TopDocs all =
            searcher.search(
                new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : all.scoreDocs) {
          Document d = stored.document(sd.doc);
          out.put(d.get(LuceneDocuments.KEY), d.get(LuceneDocuments.FINGERPRINT));
        }
        return out;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long count() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (queryPool != null) {
      queryPool.shutdown();
    }
    searchers.close();
    writer.close();
    directory.close();
  }

  static LocalDate day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }
}
