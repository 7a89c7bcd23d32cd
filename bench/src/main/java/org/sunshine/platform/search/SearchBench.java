package org.sunshine.platform.search;

import com.hankcs.lucene.HanLPAnalyzer;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.postgresql.PGConnection;

/**
 * The search benchmark (issue 6), never part of the test suite. Subcommands:
 *
 * <pre>
 * index N DIR          build an index of N generated documents, print docs/s
 * lucene DIR           each query of the mix: raw Lucene (top 10; exact counts; the same work as
 *                      ours) and our stack in-process, p50/p99
 * warm URL             the mix over HTTP at 8 clients in 10-second rounds until the server's JIT has
 *                      settled (at least 6 rounds, then until two are within 3 %; at most 18)
 * http URL SECS C      the mix over HTTP with C concurrent clients: requests/s, p50/p99
 * urls                 the mix as API paths, one per line (for wrk: bench/search-mix.lua)
 * like JDBC N          the naive baseline: LIKE scans over the same N documents in PostgreSQL
 * </pre>
 */
public final class SearchBench {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "index" -> index(Integer.parseInt(args[1]), Path.of(args[2]));
      case "lucene" -> lucene(Path.of(args[1]));
      case "http" -> http(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "warm" -> warm(args[1]);
      case "urls" -> BenchQueries.mix().forEach(q -> System.out.println(BenchQueries.url(q)));
      case "like" -> like(args[1], Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("index | lucene | http | like");
    }
  }

  static void index(int n, Path dir) throws Exception {
    try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
      long start = System.nanoTime();
      int[] done = {0};
      index.replaceAll(
          new BenchCorpus(n),
          () -> {
            if (++done[0] % 100_000 == 0) {
              System.out.printf("  %,d indexed (%.0f docs/s)%n", done[0], rate(done[0], start));
            }
          });
      System.out.printf(
          "INDEX %,d documents in %.1f s: %.0f docs/s; %d entries%n",
          n, (System.nanoTime() - start) / 1e9, rate(n, start), index.count());
    }
  }

  static void lucene(Path dir) throws Exception {
    Analyzer bigrams = new CJKAnalyzer();
    Analyzer words =
        new PerFieldAnalyzerWrapper(
            new StandardAnalyzer(),
            Map.of(
                LuceneDocuments.BODY_WORDS,
                new HanLPAnalyzer(),
                LuceneDocuments.TITLE_WORDS,
                new HanLPAnalyzer(),
                LuceneDocuments.BODY_BIGRAMS,
                bigrams,
                LuceneDocuments.TITLE_BIGRAMS,
                bigrams));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
        LuceneSearchIndex ours = new LuceneSearchIndex(dir)) {
      // The same intra-query concurrency as our index uses, so the ratio compares the same work.
      var pool =
          Executors.newFixedThreadPool(
              Runtime.getRuntime().availableProcessors(),
              r -> {
                Thread t = new Thread(r, "raw-query");
                t.setDaemon(true);
                return t;
              });
      IndexSearcher searcher = new IndexSearcher(reader, pool);
      FacetsConfig config = new FacetsConfig();
      config.setMultiValued("unit", true);
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, config);
      System.out.printf(
          "%-26s %9s %9s %9s %9s %9s %9s %9s %8s%n",
          "query",
          "top p50",
          "exact p50",
          "same p50",
          "same p99",
          "ours p50",
          "ours p99",
          "ours/same",
          "hits");
      List<Double> rawAll = new ArrayList<>();
      List<Double> exactAll = new ArrayList<>();
      List<Double> sameAll = new ArrayList<>();
      List<Double> oursAll = new ArrayList<>();
      for (SearchQuery q : BenchQueries.mix()) {
        List<Double> raw = new ArrayList<>();
        List<Double> exact = new ArrayList<>();
        List<Double> same = new ArrayList<>();
        List<Double> stack = new ArrayList<>();
        String hits = "";
        for (int i = 0; i < 60; i++) {
          var query = LuceneQueries.build(q, words, bigrams);
          Sort sort =
              q.byDate() || q.text().isEmpty()
                  ? new Sort(new SortField(LuceneDocuments.PUBLISHED, SortField.Type.LONG, true))
                  : Sort.RELEVANCE;
          long t0 = System.nanoTime();
          if (sort == Sort.RELEVANCE) {
            searcher.search(query, 10); // may skip hits that cannot make the top 10
          } else {
            searcher.search(query, 10, sort);
          }
          long t1 = System.nanoTime();
          exactWork(searcher, state, query, sort);
          long t2 = System.nanoTime();
          long total = sameWork(searcher, state, query, sort);
          long t3 = System.nanoTime();
          SearchResults r = ours.search(q);
          long t4 = System.nanoTime();
          hits = (r.exact() ? "" : "~") + total;
          if (i >= 10) { // the first runs warm the JIT and the caches
            raw.add((t1 - t0) / 1e6);
            exact.add((t2 - t1) / 1e6);
            same.add((t3 - t2) / 1e6);
            stack.add((t4 - t3) / 1e6);
          }
        }
        rawAll.addAll(raw);
        exactAll.addAll(exact);
        sameAll.addAll(same);
        oursAll.addAll(stack);
        System.out.printf(
            "%-26s %7.2fms %7.2fms %7.2fms %7.2fms %7.2fms %7.2fms %8.2fx %8s%n",
            label(q),
            pct(raw, 50),
            pct(exact, 50),
            pct(same, 50),
            pct(same, 99),
            pct(stack, 50),
            pct(stack, 99),
            pct(stack, 50) / pct(same, 50),
            hits);
      }
      System.out.printf(
          "LUCENE all queries: top-10 only p50 %.2f ms; exact total + all facets p50 %.2f ms p99 %.2f"
              + " ms; the same work as ours (counts on the sample above %,d hits) p50 %.2f ms p99 %.2f"
              + " ms; ours in-process (+ snippets, stored fields) p50 %.2f ms p99 %.2f ms; ratio at"
              + " p50 %.2fx%n",
          pct(rawAll, 50),
          pct(exactAll, 50),
          pct(exactAll, 99),
          LuceneCounts.DEFAULT_ESTIMATE_ABOVE,
          pct(sameAll, 50),
          pct(sameAll, 99),
          pct(oursAll, 50),
          pct(oursAll, 99),
          pct(oursAll, 50) / pct(sameAll, 50));
    }
  }

  /** Raw Lucene counting every hit: exact total, top 10, all facets. */
  private static long exactWork(
      IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query, Sort sort)
      throws IOException {
    var result =
        FacetsCollectorManager.search(searcher, query, 10, sort, new FacetsCollectorManager());
    new SortedSetDocValuesFacetCounts(state, result.facetsCollector()).getAllDims(200);
    return result.topDocs().totalHits.value;
  }

  /**
   * Raw Lucene doing what our search does: facets on the sample; above the threshold the top 10
   * alone (scoring may skip), below it everything counted exactly.
   */
  private static long sameWork(
      IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query, Sort sort)
      throws IOException {
    FacetsCollector sample = null;
    long sampled = 0;
    int scale = 0;
    for (int rate : LuceneCounts.RATES) {
      sample = searcher.search(LuceneCounts.sampled(query, rate), new FacetsCollectorManager());
      sampled = 0;
      for (FacetsCollector.MatchingDocs m : sample.getMatchingDocs()) {
        sampled += m.totalHits;
      }
      if (sampled * rate <= LuceneCounts.DEFAULT_ESTIMATE_ABOVE) {
        return exactWork(searcher, state, query, sort);
      }
      scale = rate;
      if (sampled >= LuceneCounts.DEFAULT_ESTIMATE_ABOVE / 16) {
        break;
      }
    }
    if (sort == Sort.RELEVANCE) {
      searcher.search(query, new TopScoreDocCollectorManager(10, null, 10));
    } else {
      searcher.search(query, new TopFieldCollectorManager(sort, 10, null, 10));
    }
    new SortedSetDocValuesFacetCounts(state, sample).getAllDims(200);
    return sampled * scale;
  }

  /**
   * A freshly started server keeps compiling for a minute or more under this load (the C2 compiler
   * alone takes most of a core meanwhile): measuring before it settles measures the compiler.
   */
  static void warm(String base) throws Exception {
    double previous = 0;
    StringBuilder rates = new StringBuilder();
    for (int round = 0; round < 18; round++) {
      double rate = http(base, 10, 8, false);
      rates.append(String.format(" %.0f", rate));
      if (round >= 5 && Math.abs(rate - previous) / previous < 0.03) {
        break;
      }
      previous = rate;
    }
    System.out.println("HTTP warm-up, requests/s per 10-second round at 8 clients:" + rates);
  }

  static void http(String base, int seconds, int clients) throws Exception {
    http(base, seconds, clients, true);
  }

  static double http(String base, int seconds, int clients, boolean print) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<SearchQuery> mix = BenchQueries.mix();
    ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int offset = c;
      pool.submit(
          () -> {
            int i = offset;
            while (System.nanoTime() < end) {
              HttpRequest r =
                  HttpRequest.newBuilder(
                          URI.create(base + BenchQueries.url(mix.get(i++ % mix.size()))))
                      .header("X-Api-Key", "bench")
                      .build();
              long t0 = System.nanoTime();
              try {
                HttpResponse<byte[]> resp = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
                if (resp.statusCode() != 200) {
                  throw new IllegalStateException("HTTP " + resp.statusCode());
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              times.add((System.nanoTime() - t0) / 1e6);
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    List<Double> all = new ArrayList<>(times);
    if (print) {
      System.out.printf(
          "HTTP %d client(s): %.0f requests/s, p50 %.2f ms, p99 %.2f ms (%d requests)%n",
          clients, all.size() / (double) seconds, pct(all, 50), pct(all, 99), all.size());
    }
    return all.size() / (double) seconds;
  }

  static void like(String jdbc, int n) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
      c.createStatement()
          .execute(
              "create table if not exists bench_doc (id int primary key, title text, body text, published date)");
      ResultSet count = c.createStatement().executeQuery("select count(*) from bench_doc");
      count.next();
      if (count.getInt(1) != n) {
        c.createStatement().execute("truncate bench_doc");
        long start = System.nanoTime();
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder batch = new StringBuilder();
        int i = 0;
        for (SearchEntry e : new BenchCorpus(n)) {
          batch
              .append(++i)
              .append('\t')
              .append(tsv(e.title()))
              .append('\t')
              .append(tsv(e.text()))
              .append('\t')
              .append(e.publishedOn())
              .append('\n');
          if (i % 10_000 == 0 || i == n) {
            copy.copyIn("copy bench_doc from stdin", new StringReader(batch.toString()));
            batch.setLength(0);
          }
        }
        c.createStatement().execute("analyze bench_doc");
        System.out.printf("LIKE loaded %,d rows in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
      }
      List<Double> all = new ArrayList<>();
      for (String term : BenchQueries.likeTerms()) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          long t0 = System.nanoTime();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select id, title, (select count(*) from bench_doc where body like ?) as total"
                      + " from bench_doc where body like ? order by published desc limit 10")) {
            ps.setString(1, "%" + term + "%");
            ps.setString(2, "%" + term + "%");
            ps.executeQuery().next();
          }
          times.add((System.nanoTime() - t0) / 1e6);
        }
        all.addAll(times);
        System.out.printf("%-40s %10.0f ms%n", term, pct(times, 50));
      }
      System.out.printf("LIKE all terms: p50 %.0f ms, max %.0f ms%n", pct(all, 50), pct(all, 100));
    }
  }

  private static String tsv(String s) {
    return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", "\\n");
  }

  private static String label(SearchQuery q) {
    String l =
        (q.text().isEmpty() ? "（全部）" : q.text())
            + (q.category() == null ? "" : " +类型")
            + (q.unitId() == null ? "" : " +单位")
            + (q.year() == null ? "" : " +年份")
            + (q.charge() == null ? "" : " +罪名")
            + (q.byDate() ? " 按日期" : "");
    return l.length() > 24 ? l.substring(0, 24) : l;
  }

  private static double rate(int n, long start) {
    return n / ((System.nanoTime() - start) / 1e9);
  }

  static double pct(List<Double> values, int p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
