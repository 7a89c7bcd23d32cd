package org.sunshine.bench;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.sunshine.platform.SunshineApplication;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.ImportReport;

/**
 * Import rate of the case-management feed: the whole application on a throw-away embedded
 * PostgreSQL, cases imported first, then N procedural events in batches of 10,000 lines, as the
 * upstream system sends them. Prints events per second; asserts nothing.
 *
 * <p>Run: bench/import-throughput.sh [events]
 */
public final class ImportThroughput {

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int perCase = 20;
    int caseCount = events / perCase;
    ConfigurableApplicationContext app =
        new SpringApplication(SunshineApplication.class)
            .run(
                "--server.port=0",
                "--sunshine.embedded-db.ephemeral=true",
                "--sunshine.demo.enabled=true",
                "--logging.level.root=WARN",
                "--logging.file.name=",
                "--logging.structured.format.file=");
    try {
      Cases cases = app.getBean(Cases.class);
      LocalDate accepted = LocalDate.now().minusDays(400);
      String[] units = {
        "140105", "140106", "140107", "140121", "140213", "140214", "140221", "140702"
      };
      long t0 = System.nanoTime();
      List<String> batch = new ArrayList<>();
      for (int c = 0; c < caseCount; c++) {
        batch.add(
            String.format(
                "{\"record\":\"case\",\"caseNumber\":\"BENCH-%d\",\"version\":1,\"unit\":\"%s\",\"caseType\":\"PROSECUTION_REVIEW\","
                    + "\"charge\":\"盗窃罪\",\"procurator\":\"李明轩\",\"acceptedOn\":\"%s\",\"parties\":[{\"partyNo\":\"S1\","
                    + "\"name\":\"张三\",\"role\":\"SUSPECT\",\"birthDate\":\"1990-01-01\",\"nationality\":\"中国\"}]}",
                c, units[c % units.length], accepted));
        if (batch.size() == 10_000) {
          run(cases, batch);
        }
      }
      run(cases, batch);
      double caseSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      long applied = 0;
      for (int c = 0; c < caseCount; c++) {
        for (int e = 0; e < perCase; e++) {
          String type = e == 0 ? "ACCEPTED" : "DEADLINE_EXTENDED";
          batch.add(
              String.format(
                  "{\"record\":\"event\",\"caseNumber\":\"BENCH-%d\",\"eventId\":\"E%d\",\"partyNo\":\"S1\",\"type\":\"%s\","
                      + "\"on\":\"%s\"}",
                  c, e, type, accepted.plusDays(e)));
          if (batch.size() == 10_000) {
            applied += run(cases, batch).applied();
          }
        }
      }
      applied += run(cases, batch).applied();
      double eventSeconds = (System.nanoTime() - t1) / 1e9;
      System.out.printf(
          "cases   %,d in %.1f s (%.0f/s, one transaction each, with screening)%n",
          caseCount, caseSeconds, caseCount / caseSeconds);
      System.out.printf(
          "events  %,d applied in %.1f s: %.0f events/s%n",
          applied, eventSeconds, applied / eventSeconds);
      long t2 = System.nanoTime();
      ImportReport again = run(cases, eventLines(0, Math.min(caseCount, 500), perCase, accepted));
      System.out.printf(
          "re-import of %,d known events: %d applied, %d unchanged, %.0f events/s%n",
          again.total(),
          again.applied(),
          again.unchanged(),
          again.total() / ((System.nanoTime() - t2) / 1e9));
    } finally {
      app.close();
    }
  }

  private static List<String> eventLines(int from, int to, int perCase, LocalDate accepted) {
    List<String> lines = new ArrayList<>();
    for (int c = from; c < to; c++) {
      for (int e = 0; e < perCase; e++) {
        lines.add(
            String.format(
                "{\"record\":\"event\",\"caseNumber\":\"BENCH-%d\",\"eventId\":\"E%d\",\"partyNo\":\"S1\",\"type\":\"%s\","
                    + "\"on\":\"%s\"}",
                c, e, e == 0 ? "ACCEPTED" : "DEADLINE_EXTENDED", accepted.plusDays(e)));
      }
    }
    return lines;
  }

  private static ImportReport run(Cases cases, List<String> batch) throws Exception {
    ImportReport report = cases.importSystemBatch(new StringReader(String.join("\n", batch)));
    if (report.rejected() > 0) {
      throw new IllegalStateException("rejected: " + report.errors().get(0));
    }
    batch.clear();
    return report;
  }
}
