package org.sunshine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two modules may each have a class of the same simple name, but Spring names a bean after it: two
 * components of one name stop the platform from starting. Each such component names its bean.
 */
class BeanNamesTest {

  private static final Pattern UNNAMED_BEAN =
      Pattern.compile(
          "(?m)^@(Component|Service|Controller|RestController|Configuration|Repository|ControllerAdvice)$");

  @Test
  void noTwoUnnamedComponentsShareABeanName() throws IOException {
    Map<String, List<Path>> byName = new HashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (UNNAMED_BEAN.matcher(Files.readString(f)).find()) {
          String name = f.getFileName().toString().replace(".java", "");
          byName.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
        }
      }
    }
    assertThat(byName.values().stream().filter(l -> l.size() > 1).toList())
        .as("components whose default bean names collide: give one an explicit name")
        .isEmpty();
  }
}
