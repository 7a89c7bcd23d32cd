package org.sunshine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sunshine.platform.support.JavaSource;

/** Rules for the sources of every Maven module (see /work/shared/STYLE.md). */
class SourceRulesTest {

  private static final List<Path> SOURCES =
      List.of(
          Path.of("src/main/java"),
          Path.of("src/test/java"),
          Path.of("../redaction/src"),
          Path.of("../bench/src"),
          Path.of("../opensearch-node/src"));

  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.])(?:org|java|javax|jakarta|com|io|net)\\.(?:[a-z0-9_]+\\.)+([A-Z]\\w*)");
  private static final Pattern DECLARED =
      Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern IMPORTED =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\.([A-Z]\\w*)\\s*;", Pattern.MULTILINE);

  /**
   * Import types; never write a fully-qualified name inline. Only where the file gives the simple
   * name to another type (declares one, like support/Browser wrapping Playwright's Browser, or
   * imports one) is the qualified name needed.
   */
  @Test
  void noFullyQualifiedTypeNamesInline() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : SOURCES) {
      assertThat(root).isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          qualifiedNamesInline(JavaSource.read(file))
              .forEach(hit -> found.add(root.relativize(file) + ":" + hit));
        }
      }
    }
    assertThat(found).as("fully-qualified names written inline (import them)").isEmpty();
  }

  @Test
  void theRuleSeesCodeButNotStringsCommentsOrImports() {
    String source =
        """
        package org.example.app;

        import java.util.List;

        /** Uses {@link java.util.Map} and // java.util.Set. */
        class Sample {
          // java.util.Optional<String> none;
          String s = "java.util.Date and \\" org.example.Thing";
          String t = \"""
              java.time.Clock \\\""" com.example.Other
              \""";
          char q = '"';
          java.time.Instant when; /* javax.sql.DataSource */
          java.util.List<String> names; java.awt.List awt;
          org.example.app.Sample self; com.other.Sample other;
        }
        """;
    assertThat(qualifiedNamesInline(JavaSource.of(source)))
        .containsExactly(
            "13: java.time.Instant", "14: java.util.List", "15: org.example.app.Sample");
  }

  @Test
  void stringsJoinedByPlusReadAsOneSoSplitSqlIsSeenWhole() {
    String source =
        """
        String sql = "select * from a" // first line
            + " join b on b.id = a.b_id" + where + "order by 1";
        String block = \"""
            delete from \\
            c\""";
        """;
    assertThat(JavaSource.of(source).strings())
        .containsExactly("select * from a join b on b.id = a.b_id", "order by 1", "delete from c");
  }

  /**
   * Text a page shows comes from the bundles: a controller that puts a Chinese literal into the
   * model or the flash (hearings' sign-in did, and eleven other controllers) shows words no bundle
   * holds. Exceptions' field messages ("field: 原因") are not covered: they are the code's reasons,
   * shown as they are.
   */
  @Test
  void controllersPutMessagesFromTheBundlesNotChineseLiteralsOnPages() throws IOException {
    List<String> found = new ArrayList<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        int hits = chineseLiteralsPutOnPages(Files.readString(file));
        if (hits > 0) {
          found.add(root.relativize(file) + ": " + hits);
        }
      }
    }
    assertThat(found)
        .as("Chinese literals put into a model or flash: use a bundle key (MessageSource)")
        .isEmpty();
  }

  @Test
  void theRuleSeesChineseLiteralsInAModelCallOverSeveralLines() {
    String source =
        """
        model.addAttribute("error", Forms.reason(e)); // 中文 in a comment
        model.addAttribute(
            "error", "验证码不正确或已过期");
        redirect.addFlashAttribute("message", approve ? "已批准" : "已驳回");
        redirect.addFlashAttribute("message", "saved");
        throw new IllegalArgumentException("field: 请填写");
        """;
    assertThat(chineseLiteralsPutOnPages(source)).isEqualTo(2);
  }

  private static final Pattern MODEL_CALL =
      Pattern.compile("\\b(?:addAttribute|addFlashAttribute)\\s*\\(");

  /** How many addAttribute/addFlashAttribute calls hold a Chinese string literal. */
  static int chineseLiteralsPutOnPages(String text) {
    String code = JavaSource.of(text).code();
    int hits = 0;
    Matcher call = MODEL_CALL.matcher(code);
    while (call.find()) {
      int depth = 1;
      int i = call.end();
      for (; i < code.length() && depth > 0; i++) {
        depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
      }
      String literals = literalText(text, code, call.end(), i);
      if (literals.codePoints().anyMatch(TemplateTextTest::isCjk)) {
        hits++;
      }
    }
    return hits;
  }

  /** The characters between from and to that the code blanked: literals (and any comment). */
  private static String literalText(String text, String code, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != code.charAt(i)) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static final Path CHINESE_ALLOWED = Path.of("src/test/resources/chinese-literals.txt");

  /**
   * Every text a person reads comes from the bundles, in Java too (ADR 35): platform code holds no
   * Chinese string literal; it names a key ({@code Texts.text}, {@code BadInput.at}…). The demo's
   * data and the vocabularies that are data (charges, SMS reply words) are listed in
   * chinese-literals.txt with the count each file may hold; the list is a ratchet: a file may not
   * hold more than listed, and a file that holds fewer must have its line lowered (or removed).
   */
  @Test
  void platformCodeHoldsNoChineseLiteralsButTheListedData() throws IOException {
    Map<String, Integer> allowed = new HashMap<>();
    for (String line : Files.readAllLines(CHINESE_ALLOWED)) {
      String entry = line.replaceFirst("#.*", "").strip();
      if (!entry.isEmpty()) {
        String[] parts = entry.split("\\s+");
        allowed.put(parts[0], Integer.parseInt(parts[1]));
      }
    }
    List<String> found = new ArrayList<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        if (name.startsWith("org/sunshine/platform/demo/")) {
          continue;
        }
        int hits = chineseLiterals(Files.readString(file));
        int may = allowed.getOrDefault(name, 0);
        if (hits != may) {
          found.add(name + ": " + hits + " Chinese literals, listed " + may);
        }
      }
    }
    assertThat(found)
        .as(
            "Chinese string literals in platform code: name a bundle key (Texts, BadInput, Conflict,"
                + " Forbidden); when a file holds fewer than listed, lower its line in "
                + CHINESE_ALLOWED)
        .isEmpty();
  }

  @Test
  void theRuleSeesAChineseLiteralButNotAKeyOrAComment() {
    String source =
        """
        class Sample {
          // 请填写 in a comment
          void check(String answer) {
            if (answer == null) {
              throw BadInput.at("answer", "petitions.reply.answer.required"); /* 中文 */
            }
            if (answer.isBlank()) {
              throw new IllegalArgumentException("answer: 请填写书面答复");
            }
            String label = stage + " 第" + day + "日 / 共" + total + "日";
            String english = "answer: required";
          }
        }
        """;
    assertThat(chineseLiterals(source)).isEqualTo(4);
  }

  /** How many string literals (joined by +) hold a Han character. */
  static int chineseLiterals(String text) {
    return (int)
        JavaSource.of(text).strings().stream()
            .filter(
                s ->
                    s.codePoints()
                        .anyMatch(
                            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .count();
  }

  /**
   * A scheduled job's transaction comes through Spring's proxy: a {@code @Scheduled} method that is
   * not {@code @Transactional} itself and calls a {@code @Transactional} method of its own class
   * runs that method with no transaction at all (the call never passes the proxy; open-day
   * reminders did so). Make the scheduled method transactional, or use a TransactionTemplate.
   */
  @Test
  void aScheduledJobNeverReachesItsTransactionThroughACallToItself() throws IOException {
    List<String> found = new ArrayList<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        selfCallsPastTheProxy(JavaSource.read(file).code())
            .forEach(hit -> found.add(root.relativize(file) + ": " + hit));
      }
    }
    assertThat(found).as("scheduled methods calling their own @Transactional methods").isEmpty();
  }

  @Test
  void theRuleSeesAScheduledMethodCallingItsOwnTransactionalMethod() {
    String code =
        """
        class Job {
          @Scheduled(cron = "0 0 9 * * *")
          @SchedulerLock(name = "job")
          public void runDaily() {
            remind();
            other.send();
          }

          @Scheduled(cron = "0 0 9 * * *")
          @Transactional
          public void runInside() {
            remind();
          }

          @Scheduled(cron = "0 0 9 * * *")
          public void runTemplated() {
            tx.execute(s -> remind());
          }

          @Transactional
          public int remind() {
            return 0;
          }

          @Transactional
          void send() {}
        }
        """;
    assertThat(selfCallsPastTheProxy(code)).containsExactly("runDaily() -> remind()");
  }

  private static final Pattern METHOD_HEADER =
      Pattern.compile(
          "((?:\\s*@\\w+(?:\\([^)]*\\))?)*)\\s*(?:public |protected |private )?"
              + "(?:static )?[\\w<>\\[\\], ]+\\s(\\w+)\\([^)]*\\)\\s*(?:throws [\\w., ]+)?\\{");
  private static final Pattern TEMPLATE = Pattern.compile("\\.execute(?:WithoutResult)?\\(");
  private static final Pattern CALL = Pattern.compile("(?<![\\w.])(?:this\\.)?(\\w+)\\s*\\(");

  /**
   * "job() -> method()" for each scheduled, non-transactional method calling a transactional one.
   */
  static List<String> selfCallsPastTheProxy(String code) {
    List<String[]> methods = new ArrayList<>();
    Matcher m = METHOD_HEADER.matcher(code);
    while (m.find()) {
      int depth = 1;
      int i = m.end();
      for (; i < code.length() && depth > 0; i++) {
        depth += code.charAt(i) == '{' ? 1 : code.charAt(i) == '}' ? -1 : 0;
      }
      methods.add(new String[] {m.group(1), m.group(2), code.substring(m.end(), i)});
    }
    List<String> transactional =
        methods.stream().filter(x -> x[0].contains("@Transactional")).map(x -> x[1]).toList();
    List<String> hits = new ArrayList<>();
    for (String[] x : methods) {
      if (!x[0].contains("@Scheduled")
          || x[0].contains("@Transactional")
          || TEMPLATE.matcher(x[2]).find()) {
        continue; // transactional itself, or it opens its transaction with a TransactionTemplate
      }
      CALL.matcher(x[2])
          .results()
          .map(c -> c.group(1))
          .filter(transactional::contains)
          .distinct()
          .forEach(c -> hits.add(x[1] + "() -> " + c + "()"));
    }
    return hits;
  }

  /**
   * "line: name" for each qualified type name in the code, outside package and import lines, unless
   * the file gives its simple name to another type.
   */
  private static List<String> qualifiedNamesInline(JavaSource source) {
    String code = source.code();
    Map<String, String> taken = takenSimpleNames(code);
    List<String> hits = new ArrayList<>();
    String[] lines = code.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("import ") || line.startsWith("package ")) {
        continue;
      }
      Matcher matcher = QUALIFIED.matcher(lines[i]);
      while (matcher.find()) {
        String owner = taken.getOrDefault(matcher.group(1), matcher.group());
        if (owner.equals(matcher.group())) {
          hits.add((i + 1) + ": " + matcher.group());
        }
      }
    }
    return hits;
  }

  /** Simple name to the qualified name of the type the file declares or imports by it. */
  private static Map<String, String> takenSimpleNames(String code) {
    Matcher pkg = PACKAGE.matcher(code);
    String prefix = pkg.find() ? pkg.group(1) + "." : "";
    Map<String, String> taken = new HashMap<>();
    DECLARED
        .matcher(code)
        .results()
        .forEach(m -> taken.putIfAbsent(m.group(1), prefix + m.group(1)));
    IMPORTED
        .matcher(code)
        .results()
        .forEach(m -> taken.putIfAbsent(m.group(2), m.group(1) + "." + m.group(2)));
    return taken;
  }
}
