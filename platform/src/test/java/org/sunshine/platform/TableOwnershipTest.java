package org.sunshine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.support.JavaSource;
import org.sunshine.platform.support.PlatformTest;

/**
 * Each table belongs to exactly one module, named in its comment ({@code owner: <module>;
 * <purpose>}, set by the migrations), and only that module names it in SQL; the others ask its
 * facade.
 */
@PlatformTest
class TableOwnershipTest {

  private static final Path MODULES = Path.of("src/main/java/org/sunshine/platform");
  private static final Pattern OWNER = Pattern.compile("owner: ([a-z]+); \\S.*");
  private static final String FLYWAY = "flyway_schema_history";
  private static final String TABLE_AND_ALIAS = "\\w+(?:\\s+(?:as\\s+)?\\w+)?";
  private static final Pattern FROM_LIST =
      Pattern.compile(
          "\\bfrom\\s+" + TABLE_AND_ALIAS + "((?:\\s*,\\s*" + TABLE_AND_ALIAS + ")+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LISTED = Pattern.compile(",\\s*(\\w+)");

  /**
   * Owners the migrations name while their package is being written on another branch. Remove an
   * entry when its package lands (the test fails once it exists).
   */
  @Autowired JdbcClient jdbc;

  @Test
  void everyTableNamesItsOwningModule() {
    List<String> problems = new ArrayList<>();
    tableComments()
        .forEach(
            (table, comment) -> {
              Matcher owner = OWNER.matcher(comment);
              if (table.equals(FLYWAY)) {
                return;
              } else if (!owner.matches()) {
                problems.add(table + " has no 'owner: <module>; <purpose>' comment: " + comment);
              } else if (!isModule(owner.group(1))) {
                problems.add(table + " names " + owner.group(1) + ", which is no module");
              }
            });
    assertThat(problems).isEmpty();
  }

  @Test
  void noModuleNamesATableItDoesNotOwnInSql() throws IOException {
    Map<String, String> owners = owners();
    Map<String, String> found = new TreeMap<>(); // "file -> table" to the table's owner
    try (Stream<Path> files = Files.walk(MODULES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Path relative = MODULES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // SunshineApplication, in no module
        }
        String module = relative.getName(0).toString();
        String name = relative.toString().replace('\\', '/');
        for (String table : tablesNamedInSql(file, owners.keySet())) {
          if (!owners.get(table).equals(module)) {
            found.put(name + " -> " + table, owners.get(table));
          }
        }
      }
    }
    List<String> crossing =
        found.entrySet().stream()
            .map(entry -> entry.getKey() + " (owner: " + entry.getValue() + ")")
            .toList();
    assertThat(crossing)
        .as("SQL naming a table another module owns: ask the owner's facade instead")
        .isEmpty();
  }

  /**
   * Tables named in a string after from, join, into, update, table, references or delete from, and
   * after a comma in a from list ({@code from a x, b y}).
   */
  private static Set<String> tablesNamedInSql(Path file, Set<String> tables) {
    String names =
        tables.stream()
            .sorted(Comparator.comparing(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    Pattern keyword =
        Pattern.compile(
            "\\b(?:delete\\s+from|from|join|into|update|table|references)\\s+(" + names + ")\\b",
            Pattern.CASE_INSENSITIVE);
    Set<String> named = new TreeSet<>();
    for (String string : JavaSource.read(file).strings()) {
      keyword.matcher(string).results().forEach(match -> named.add(match.group(1).toLowerCase()));
      FROM_LIST
          .matcher(string)
          .results()
          .flatMap(list -> LISTED.matcher(list.group(1)).results())
          .map(listed -> listed.group(1).toLowerCase())
          .filter(tables::contains)
          .forEach(named::add);
    }
    return named;
  }

  private static boolean isModule(String name) {
    return Files.isDirectory(MODULES.resolve(name));
  }

  /** Every table of the public schema with its comment ("" when it has none). */
  private Map<String, String> tableComments() {
    return jdbc
        .sql(
            """
            select c.relname, coalesce(obj_description(c.oid, 'pg_class'), '')
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'p')
            """)
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  /** Table to owning module, for the tables with an owner. */
  private Map<String, String> owners() {
    Map<String, String> owners = new TreeMap<>();
    tableComments()
        .forEach(
            (table, comment) -> {
              Matcher owner = OWNER.matcher(comment);
              if (owner.matches()) {
                owners.put(table, owner.group(1));
              }
            });
    return owners;
  }
}
