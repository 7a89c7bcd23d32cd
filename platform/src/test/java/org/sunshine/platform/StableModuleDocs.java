package org.sunshine.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts what Modulith's {@code Documenter} writes in hash order (identity hashes differ from one JVM
 * to the next) into a fixed order, so the same structure gives byte-identical files:
 *
 * <ul>
 *   <li>PlantUML: each run of consecutive {@code Component(...)} or {@code Rel(...)} lines is
 *       sorted; boundaries, headers and footers stay where they are. Elements and relationships are
 *       declarations, so the diagram says the same in any order.
 *   <li>Module canvases ({@code module-*.adoc}): each run of consecutive bullet points is sorted;
 *       the {@code |} opening a table cell stays on the first line.
 *   <li>{@code all-docs.adoc}: the overview first, then one section per module by name.
 * </ul>
 */
final class StableModuleDocs {

  private static final Pattern PLANTUML_DECLARATION =
      Pattern.compile("^(\\s*)(Rel|Component|Container|System|Person)(_\\w+)?\\(.*\\)$");
  private static final String OVERVIEW = "plantuml::components.puml";

  private StableModuleDocs() {}

  /** Rewrites every generated file in the folder in its stable order. */
  static void normalise(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.equals("all-docs.adoc")) {
          rewrite(file, StableModuleDocs::sortSections);
        } else if (name.endsWith(".adoc")) {
          rewrite(file, StableModuleDocs::sortBullets);
        } else if (name.endsWith(".puml")) {
          rewrite(file, StableModuleDocs::sortDeclarations);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewrite(Path file, Function<List<String>, List<String>> order)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    boolean finalNewline = text.endsWith("\n");
    List<String> lines =
        List.of((finalNewline ? text.substring(0, text.length() - 1) : text).split("\n", -1));
    String ordered = String.join("\n", order.apply(lines)) + (finalNewline ? "\n" : "");
    Files.writeString(file, ordered, StandardCharsets.UTF_8);
  }

  /** Sorts each run of declarations of the same kind at the same indentation. */
  static List<String> sortDeclarations(List<String> lines) {
    return sortRuns(lines, StableModuleDocs::declarationKind);
  }

  private static String declarationKind(String line) {
    var matcher = PLANTUML_DECLARATION.matcher(line);
    return matcher.matches() ? matcher.group(1) + matcher.group(2) : null;
  }

  /** Sorts each run of bullet points; a leading {@code |} (a new table cell) stays first. */
  static List<String> sortBullets(List<String> input) {
    List<String> lines = joinBulletLists(input);
    List<String> bare =
        lines.stream().map(line -> line.startsWith("|* ") ? line.substring(1) : line).toList();
    List<String> sorted = sortRuns(bare, line -> line.startsWith("* ") ? "*" : null);
    List<String> result = new ArrayList<>(sorted);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("|* ")) {
        result.set(i, "|" + result.get(i));
      }
    }
    return result;
  }

  /**
   * Drops a blank line after a bullet point when a bullet or the next table cell follows: the
   * documenter separates one listener bean's events from the next one's with it, in hash order, so
   * the lists are sorted as one and the blank line would land after whichever bean came last.
   */
  private static List<String> joinBulletLists(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      boolean between =
          lines.get(i).isBlank()
              && i > 0
              && i + 1 < lines.size()
              && isBullet(lines.get(i - 1))
              && (isBullet(lines.get(i + 1)) || lines.get(i + 1).startsWith("|"));
      if (!between) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  private static boolean isBullet(String line) {
    return line.startsWith("* ") || line.startsWith("|* ");
  }

  /** The overview section first, then the modules' sections by their headline. */
  static List<String> sortSections(List<String> lines) {
    List<List<String>> sections = new ArrayList<>();
    List<String> preamble = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("== ")) {
        sections.add(new ArrayList<>());
      }
      (sections.isEmpty() ? preamble : sections.get(sections.size() - 1)).add(line);
    }
    Comparator<List<String>> overviewFirst =
        Comparator.comparing(
            section -> section.stream().noneMatch(line -> line.startsWith(OVERVIEW)));
    sections.sort(overviewFirst.thenComparing(section -> String.join("\n", section)));
    List<String> result = new ArrayList<>(preamble);
    sections.forEach(result::addAll);
    return result;
  }

  /** Sorts each maximal run of consecutive lines with the same non-null kind. */
  private static List<String> sortRuns(List<String> lines, Function<String, String> kind) {
    List<String> result = new ArrayList<>(lines.size());
    int start = 0;
    while (start < lines.size()) {
      String runKind = kind.apply(lines.get(start));
      int end = start + 1;
      while (runKind != null && end < lines.size() && runKind.equals(kind.apply(lines.get(end)))) {
        end++;
      }
      List<String> run = new ArrayList<>(lines.subList(start, end));
      run.sort(Comparator.naturalOrder());
      result.addAll(run);
      start = end;
    }
    return result;
  }
}
