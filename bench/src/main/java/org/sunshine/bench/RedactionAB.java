package org.sunshine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds of the redaction engine compared in one JVM, on a shared machine: each jar in its own
 * class loader, rounds of the same documents alternating A, B then B, A, this thread's CPU time per
 * document. Other processes slow both alike within a round, so the ratio B/A holds where the
 * absolute figures do not. Prints the figures; asserts nothing.
 *
 * <p>Run: bench/redaction-ab.sh A.jar B.jar [documents per round] [rounds] [KB per document]
 */
public final class RedactionAB {

  public static void main(String[] args) throws Exception {
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
    int kb = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    SyntheticDocuments generator = new SyntheticDocuments(42);
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      docs.add(generator.next(kb));
    }
    Engine[] engines = {new Engine(Path.of(args[0])), new Engine(Path.of(args[1]))};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] sum = new double[2];
    int counted = 0;
    for (int r = 0; r < rounds; r++) {
      double[] ms = new double[2];
      for (int k = 0; k < 2; k++) {
        int j = r % 2 == 0 ? k : 1 - k;
        long c0 = threads.getCurrentThreadCpuTime();
        engines[j].run(docs);
        ms[j] = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / count;
      }
      if (r >= 2) { // the first two rounds warm up the JIT and HanLP's dictionaries
        sum[0] += ms[0];
        sum[1] += ms[1];
        counted++;
      }
      System.out.printf(
          "round %2d  A %.3f  B %.3f ms/doc  B/A %.3f%n", r, ms[0], ms[1], ms[1] / ms[0]);
    }
    System.out.printf(
        "mean of rounds 2+  A %.0f docs/s  B %.0f docs/s per core  B/A %.3f%n",
        1000 * counted / sum[0], 1000 * counted / sum[1], sum[1] / sum[0]);
  }

  /** One build of the engine, called by reflection through its own class loader. */
  private static final class Engine {
    private final Object engine;
    private final Method redact;
    private final Method request;
    private final Method redacted;
    private static final String ENGINE_PACKAGE = "org.sunshine.redaction.";

    Engine(Path jar) throws Exception {
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      // each jar's own classes, through its own loader: the types cannot be imported here
      Class<?> engineClass = loader.loadClass(ENGINE_PACKAGE + "RedactionEngine");
      Class<?> requestClass = loader.loadClass(ENGINE_PACKAGE + "RedactionRequest");
      engine = engineClass.getConstructor().newInstance();
      redact = engineClass.getMethod("redact", requestClass);
      request = requestClass.getMethod("of", String.class);
      redacted = loader.loadClass(ENGINE_PACKAGE + "RedactionResult").getMethod("redactedText");
    }

    void run(List<String> docs) throws Exception {
      long checksum = 0;
      for (String d : docs) {
        Object text = redacted.invoke(redact.invoke(engine, request.invoke(null, d)));
        checksum += text == null ? 0 : text.hashCode();
      }
      if (checksum == 42) {
        System.out.println(checksum);
      }
    }
  }
}
