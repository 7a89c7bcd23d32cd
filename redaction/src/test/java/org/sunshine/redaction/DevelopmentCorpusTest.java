package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the engine over the shared development corpus and its own scorer. The corpus is the
 * regression floor; the engine must also generalise, which the synthetic documents in
 * src/test/resources check.
 */
class DevelopmentCorpusTest {

  private static final Path CORPUS = Path.of("../../shared/redaction-dev");

  @TempDir Path out;

  @Test
  void theDevelopmentCorpusHasNoLeakNoOverRedactionAndEveryRefusalRight() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS.resolve("gold")), "shared corpus not beside the project");
    assertThat(score(CORPUS.resolve("gold")))
        .isEqualTo("leaks=0 docs_leaking=0/20 overredacted=0 refusal_errors=0");
  }

  /**
   * Our own synthetic documents, written in other styles and places than the development corpus.
   */
  @Test
  void theSyntheticDocumentsHaveNoLeakNoOverRedactionAndEveryRefusalRight() throws Exception {
    assumeTrue(Files.isRegularFile(CORPUS.resolve("score.py")), "scorer not beside the project");
    assertThat(score(Path.of("src/test/resources/synthetic")))
        .isEqualTo("leaks=0 docs_leaking=0/24 overredacted=0 refusal_errors=0");
  }

  /**
   * A second synthetic set, written later in yet other styles (names only in the narrative, odd
   * formats).
   */
  @Test
  void theSecondSyntheticSetHasNoLeakNoOverRedactionAndEveryRefusalRight() throws Exception {
    assumeTrue(Files.isRegularFile(CORPUS.resolve("score.py")), "scorer not beside the project");
    assertThat(score(Path.of("src/test/resources/synthetic2")))
        .isEqualTo("leaks=0 docs_leaking=0/24 overredacted=0 refusal_errors=0");
  }

  /**
   * A third synthetic set: common names shared across documents, names glued to adverbs, nicknames,
   * an adult offender 12 days past eighteen beside a minor one. That one (doc-407) is refused on
   * purpose: its facts begin "2023年11月至12月", a month that may have begun before the birthday.
   */
  @Test
  void theThirdSyntheticSetHasNoLeakNoOverRedactionAndEveryRefusalRight() throws Exception {
    assumeTrue(Files.isRegularFile(CORPUS.resolve("score.py")), "scorer not beside the project");
    assertThat(score(Path.of("src/test/resources/synthetic3")))
        .isEqualTo("leaks=0 docs_leaking=0/20 overredacted=0 refusal_errors=1");
  }

  private String score(Path gold) throws Exception {
    RedactionEngine engine = new RedactionEngine();
    List<Path> docs;
    try (Stream<Path> s = Files.list(gold)) {
      docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path doc : docs) {
      RedactionResult r =
          engine.redact(RedactionRequest.of(Files.readString(doc, StandardCharsets.UTF_8)));
      String base = doc.getFileName().toString().replace(".txt", "");
      if (r.publishable()) {
        Files.writeString(out.resolve(base + ".txt"), r.redactedText(), StandardCharsets.UTF_8);
      } else {
        Files.writeString(out.resolve(base + ".refused"), "");
      }
    }
    Process score =
        new ProcessBuilder(
                "python3", CORPUS.resolve("score.py").toString(), gold.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String report = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(score.waitFor()).isZero();
    return report.strip().lines().reduce((a, b) -> b).orElseThrow();
  }
}
