package org.sunshine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from messages.properties: the templates hold message keys, never
 * Chinese text, and every key they name exists.
 */
class TemplateTextTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path RESOURCES = Path.of("src/main/resources");

  /** A Thymeleaf parser-level comment, removed before rendering; not the prototype-only form. */
  private static final Pattern PARSER_COMMENT =
      Pattern.compile("<!--/\\*(?!/).*?\\*/-->", Pattern.DOTALL);

  /** A key as written in {@code #{key}} or {@code #{key(args)}}. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.\\-]+");

  @Test
  void templatesHoldMessageKeysNotChineseText() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : templates()) {
      String[] lines = withoutParserComments(Files.readString(template)).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].codePoints().anyMatch(TemplateTextTest::isCjk)) {
          found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertThat(found)
        .as("Chinese text in templates: move it to messages.properties and use #{key}")
        .isEmpty();
  }

  /** A key defined twice silently shows the last text everywhere (channel.KIOSK did). */
  @Test
  void noMessageKeyIsDefinedTwice() throws IOException {
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    for (String line : bundleLines()) {
      int eq = line.indexOf('=');
      if (line.isBlank() || line.startsWith("#") || eq < 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      if (!seen.add(key)) {
        twice.add(key);
      }
    }
    assertThat(twice).as("keys defined more than once in messages.properties").isEmpty();
  }

  @Test
  void everyMessageKeyATemplateUsesExists() throws IOException {
    Properties messages = new Properties();
    for (Path bundle : bundles()) {
      try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
        messages.load(reader);
      }
    }
    List<String> keys = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path template : templates()) {
      String[] lines = withoutParserComments(Files.readString(template)).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (String key : messageKeys(lines[i])) {
          keys.add(key);
          if (!messages.containsKey(key)) {
            missing.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": #{" + key + "}");
          }
        }
      }
    }
    assertThat(keys).as("the templates name message keys").isNotEmpty();
    assertThat(missing).as("message keys missing from messages.properties").isEmpty();
  }

  /**
   * The bundles the application reads ({@code spring.messages.basename}): the shared {@code
   * messages.properties} and one {@code messages-<capability>.properties} per newer capability. A
   * key is defined once across all of them.
   */
  private static List<Path> bundles() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES)) {
      return files
          .filter(f -> f.getFileName().toString().matches("messages(-[a-z]+)?\\.properties"))
          .sorted()
          .toList();
    }
  }

  private static List<String> bundleLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path bundle : bundles()) {
      lines.addAll(Files.readAllLines(bundle, StandardCharsets.UTF_8));
    }
    return lines;
  }

  /**
   * The literal keys of the message expressions on a line. A key built at run time ({@code
   * #{'level.' + ${x}}}, {@code #{|role.${r}|}}) is skipped: it is checked where its parts are.
   */
  static List<String> messageKeys(String line) {
    List<String> keys = new ArrayList<>();
    for (int start = line.indexOf("#{"); start >= 0; start = line.indexOf("#{", start + 2)) {
      String body = expressionBody(line, start + 2);
      int args = body.indexOf('(');
      String key = (args >= 0 ? body.substring(0, args) : body).strip();
      if (KEY.matcher(key).matches()) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The text from {@code from} up to the brace that closes the expression opened before it. */
  private static String expressionBody(String line, int from) {
    int depth = 1;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return line.substring(from, i);
      }
    }
    return line.substring(from);
  }

  /** Blanks parser-level comments, keeping their line breaks so that line numbers still match. */
  private static String withoutParserComments(String template) {
    Matcher comment = PARSER_COMMENT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (comment.find()) {
      comment.appendReplacement(out, comment.group().replaceAll("[^\n]", ""));
    }
    return comment.appendTail(out).toString();
  }

  /** Han characters, CJK punctuation (，。、「」《》), full-width forms (：；（）) and their kin. */
  static boolean isCjk(int codePoint) {
    if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS
        || block == Character.UnicodeBlock.SMALL_FORM_VARIANTS
        || block == Character.UnicodeBlock.BOPOMOFO
        || block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      assertThat(templates).as("templates under " + TEMPLATES.toAbsolutePath()).isNotEmpty();
      return templates;
    }
  }
}
