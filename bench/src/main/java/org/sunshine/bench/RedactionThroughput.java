package org.sunshine.bench;

import com.hankcs.hanlp.HanLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.sunshine.redaction.RedactionEngine;
import org.sunshine.redaction.RedactionRequest;

/**
 * Timed harness: documents per second of the redaction engine on one thread, the ratio to HanLP
 * segmentation alone on the same texts, and how the cost grows with document length. Prints the
 * figures; asserts nothing.
 *
 * <p>Run: bench/redaction-throughput.sh [documents]
 */
public final class RedactionThroughput {

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    SyntheticDocuments generator = new SyntheticDocuments(42);
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      docs.add(generator.next(3));
    }
    double avgKb = docs.stream().mapToInt(String::length).average().orElse(0) * 3 / 1024.0;
    RedactionEngine engine = new RedactionEngine();
    run(docs.subList(0, Math.min(500, count)), engine); // warm-up: JIT and HanLP dictionaries
    segment(docs.subList(0, Math.min(500, count)));

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    run(docs, engine);
    double engineSeconds = (System.nanoTime() - t0) / 1e9;
    double engineCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    long t1 = System.nanoTime();
    segment(docs);
    double hanlpSeconds = (System.nanoTime() - t1) / 1e9;

    System.out.printf("documents            %d (avg %.1f KB UTF-8)%n", count, avgKb);
    System.out.printf(
        "engine               %.0f docs/s on one thread (%.2f ms/doc)%n",
        count / engineSeconds, engineSeconds * 1000 / count);
    // on a shared machine wall time counts the other processes' turns; CPU time of this thread
    // is what one core does
    System.out.printf(
        "engine per core      %.0f docs/s of this thread's CPU time (%.2f ms/doc)%n",
        count / engineCpu, engineCpu * 1000 / count);
    System.out.printf("HanLP segmentation   %.0f docs/s on one thread%n", count / hanlpSeconds);
    System.out.printf("engine / HanLP time  %.2f%n", engineSeconds / hanlpSeconds);
    System.out.println("length scaling (ms per document, 200 documents each):");
    for (int kb : new int[] {1, 3, 10, 30, 100}) {
      List<String> sized = new ArrayList<>();
      SyntheticDocuments g = new SyntheticDocuments(kb);
      for (int i = 0; i < 200; i++) {
        sized.add(g.next(kb));
      }
      long t = System.nanoTime();
      run(sized, engine);
      double ms = (System.nanoTime() - t) / 1e6 / sized.size();
      System.out.printf("  %4d KB  %8.2f ms  %8.3f ms/KB%n", kb, ms, ms / kb);
    }
  }

  private static void run(List<String> docs, RedactionEngine engine) {
    long checksum = 0;
    for (String d : docs) {
      checksum += engine.redact(RedactionRequest.of(d)).findings().size();
    }
    if (checksum < 0) {
      System.out.println(checksum);
    }
  }

  private static void segment(List<String> docs) {
    long terms = 0;
    var segment = HanLP.newSegment().enableNameRecognize(true);
    for (String d : docs) {
      terms += segment.seg(d).size();
    }
    if (terms < 0) {
      System.out.println(terms);
    }
  }
}
