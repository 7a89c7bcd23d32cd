package org.sunshine.platform.search;

import com.hankcs.lucene.HanLPAnalyzer;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.postgresql.PGConnection;

/**
 * The search benchmark (issue 6), never part of the test suite. Subcommands:
 *
 * <pre>
 * index N DIR          build an index of N generated documents, print docs/s
 * lucene DIR           each query of the mix: raw Lucene (TopDocs) and our stack in-process, p50/p99
 * http URL SECS C      the mix over HTTP with C concurrent clients: requests/s, p50/p99
 * like JDBC N          the naive baseline: LIKE scans over the same N documents in PostgreSQL
 * </pre>
 */
public final class SearchBench {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "index" -> index(Integer.parseInt(args[1]), Path.of(args[2]));
      case "lucene" -> lucene(Path.of(args[1]));
      case "http" -> http(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
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
          java.util.concurrent.Executors.newFixedThreadPool(
              Runtime.getRuntime().availableProcessors(),
              r -> {
                Thread t = new Thread(r, "raw-query");
                t.setDaemon(true);
                return t;
              });
      IndexSearcher searcher = new IndexSearcher(reader, pool);
      org.apache.lucene.facet.FacetsConfig config = new org.apache.lucene.facet.FacetsConfig();
      config.setMultiValued("unit", true);
      var state =
          new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(
              reader, config);
      System.out.printf(
          "%-26s %9s %9s %9s %9s %9s %9s %8s%n",
          "query", "top p50", "full p50", "full p99", "ours p50", "ours p99", "ours/full", "hits");
      List<Double> rawAll = new ArrayList<>();
      List<Double> fullAll = new ArrayList<>();
      List<Double> oursAll = new ArrayList<>();
      for (SearchQuery q : BenchQueries.mix()) {
        List<Double> raw = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> stack = new ArrayList<>();
        long hits = 0;
        for (int i = 0; i < 60; i++) {
          var query = LuceneQueries.build(q, words, bigrams);
          long t0 = System.nanoTime();
          searcher.search(query, 10);
          long t1 = System.nanoTime();
          // The same work as our search, directly on Lucene: exact total, top 10, all facets.
          var result =
              org.apache.lucene.facet.FacetsCollectorManager.search(
                  searcher, query, 10, new org.apache.lucene.facet.FacetsCollectorManager());
          var counts =
              new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(
                  state, result.facetsCollector());
          counts.getAllDims(200);
          hits = result.topDocs().totalHits.value;
          long t2 = System.nanoTime();
          ours.search(q);
          long t3 = System.nanoTime();
          if (i >= 10) { // the first runs warm the JIT and the caches
            raw.add((t1 - t0) / 1e6);
            full.add((t2 - t1) / 1e6);
            stack.add((t3 - t2) / 1e6);
          }
        }
        rawAll.addAll(raw);
        fullAll.addAll(full);
        oursAll.addAll(stack);
        System.out.printf(
            "%-26s %7.2fms %7.2fms %7.2fms %7.2fms %7.2fms %8.2fx %8d%n",
            label(q),
            pct(raw, 50),
            pct(full, 50),
            pct(full, 99),
            pct(stack, 50),
            pct(stack, 99),
            pct(stack, 50) / pct(full, 50),
            hits);
      }
      System.out.printf(
          "LUCENE all queries: top-10 only p50 %.2f ms; the same work (exact total + facets) p50 %.2f ms"
              + " p99 %.2f ms; ours in-process (+ snippets, stored fields) p50 %.2f ms p99 %.2f ms;"
              + " ratio at p50 %.2fx%n",
          pct(rawAll, 50),
          pct(fullAll, 50),
          pct(fullAll, 99),
          pct(oursAll, 50),
          pct(oursAll, 99),
          pct(oursAll, 50) / pct(fullAll, 50));
    }
  }

  static void http(String base, int seconds, int clients) throws Exception {
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
    System.out.printf(
        "HTTP %d client(s): %.0f requests/s, p50 %.2f ms, p99 %.2f ms (%d requests)%n",
        clients, all.size() / (double) seconds, pct(all, 50), pct(all, 99), all.size());
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
            copy.copyIn("copy bench_doc from stdin", new java.io.StringReader(batch.toString()));
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
