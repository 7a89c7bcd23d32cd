package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.SunshineApplication;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.cases.Cases;

/**
 * The platform is killed with {@code kill -9} at a random moment while it imports cases and, in the
 * background, takes the demo documents through approval and publication — durable, as a node runs.
 * Started again on the same data, nothing is half-written: every case has its parties, every
 * published document its public record and vice versa, the audit chain verifies, and the import
 * sent again completes what the kill cut off.
 */
class KillNineTest {

  static final int CASES = 400;
  static final String READY = "importing and publishing";

  @TempDir Path dataDir;

  @Test
  void aPlatformKilledDuringImportAndPublicationLeavesNothingHalfWritten() throws Exception {
    Process platform =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m",
                "-cp",
                System.getProperty("java.class.path"),
                Busy.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .start();
    try (var out = new BufferedReader(new InputStreamReader(platform.getInputStream()))) {
      String line;
      while ((line = out.readLine()) != null && !line.contains(READY)) {
        // the child's log, until it is busy
      }
      assertThat(line).as("the child platform started").isNotNull();
      Thread.sleep(ThreadLocalRandom.current().nextLong(500, 4_000));
      platform.destroyForcibly();
      assertThat(platform.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (ConfigurableApplicationContext node = start(dataDir, false)) {
      JdbcClient db = node.getBean(JdbcClient.class);
      assertThat(
              db.sql(
                      "select count(*) from criminal_case c where c.case_number like 'CRASH-%'"
                          + " and (select count(*) from case_party p where p.case_id = c.id) <> 2")
                  .query(Long.class)
                  .single())
          .as("cases without all their parties")
          .isZero();
      assertThat(
              db.sql(
                      "select count(*) from legal_document d where d.status = 'PUBLISHED' and not"
                          + " exists (select 1 from published_document p where p.document_id = d.id"
                          + " and p.revision = d.revision)")
                  .query(Long.class)
                  .single())
          .as("documents marked published without their published text")
          .isZero();
      assertThat(
              db.sql(
                      "select count(*) from published_document p where not exists (select 1 from"
                          + " legal_document d where d.id = p.document_id and d.revision >= p.revision"
                          + " and d.status in ('PUBLISHED', 'WITHDRAWN'))")
                  .query(Long.class)
                  .single())
          .as("published texts of documents not published")
          .isZero();
      assertThat(node.getBean(AuditLog.class).checkChain().intact()).isTrue();

      node.getBean(Cases.class).importSystemBatch(new StringReader(String.join("\n", lines())));
      assertThat(
              db.sql("select count(*) from criminal_case where case_number like 'CRASH-%'")
                  .query(Long.class)
                  .single())
          .as("the import sent again completes it")
          .isEqualTo(CASES);
    }
  }

  /** The platform as a node runs it: its own durable database and index on this data directory. */
  static ConfigurableApplicationContext start(Path dataDir, boolean demo) {
    return new SpringApplicationBuilder(SunshineApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("test")
        .run(
            "--sunshine.data-dir=" + dataDir,
            "--sunshine.embedded-db.ephemeral=false",
            "--sunshine.embedded-db.durable=true",
            "--sunshine.search.ephemeral=false",
            "--sunshine.search.index-dir=" + dataDir.resolve("search-index"),
            "--sunshine.demo.enabled=" + demo,
            "--sunshine.demo.documents-in-background=true",
            "--sunshine.demo.documents=80");
  }

  static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < CASES; c++) {
      lines.add(
          ("{\"record\":\"case\",\"caseNumber\":\"CRASH-%d\",\"version\":1,\"unit\":\"140105\","
                  + "\"caseType\":\"PROSECUTION_REVIEW\",\"charge\":\"盗窃罪\",\"procurator\":\"李明轩\","
                  + "\"acceptedOn\":\"2026-10-12\",\"parties\":[{\"partyNo\":\"S1\",\"name\":\"张%d\","
                  + "\"role\":\"SUSPECT\",\"birthDate\":\"1990-01-01\",\"nationality\":\"中国\"},"
                  + "{\"partyNo\":\"S2\",\"name\":\"李%d\",\"role\":\"SUSPECT\","
                  + "\"birthDate\":\"1991-02-02\",\"nationality\":\"中国\"}]}")
              .formatted(c, c, c));
    }
    return lines;
  }

  /** The child: starts the platform with its demo publishing in the background, and imports. */
  static final class Busy {
    public static void main(String[] args) throws Exception {
      Path dir = Path.of(args[0]);
      Files.createDirectories(dir);
      ConfigurableApplicationContext node = start(dir, true);
      Cases cases = node.getBean(Cases.class);
      System.out.println(READY);
      System.out.flush();
      List<String> all = lines();
      for (int from = 0; from < all.size(); from += 10) {
        cases.importSystemBatch(
            new StringReader(
                String.join("\n", all.subList(from, Math.min(all.size(), from + 10)))));
      }
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
