package org.sunshine.redaction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What the engine masks and how. {@link #defaults()} follows RULES.md §5 and the supreme
 * procuratorate's technical standard; every field can be changed in a policy file (see {@link
 * #load(Reader)}).
 *
 * @param scope whose names are anonymised
 * @param masked categories masked (names are governed by {@code scope}; a category left out is
 *     kept)
 * @param addressStyle how addresses below county level are masked
 * @param keepIdEnds keep the first 6 and last 4 characters of ID and bank numbers (the standard's
 *     form)
 * @param refuseViolentCrimesAgainstMinors also refuse documents about violent crimes against a
 *     minor's person (故意伤害, 拐卖儿童…). Off by default: the supreme procuratorate's list refuses sexual
 *     crimes against minors (always refused); other crimes against minors are withheld by a
 *     person's decision in the platform.
 */
public record RedactionPolicy(
    AnonymisationScope scope,
    Set<Category> masked,
    AddressStyle addressStyle,
    boolean keepIdEnds,
    boolean refuseViolentCrimesAgainstMinors) {

  public RedactionPolicy {
    masked = masked.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(masked);
  }

  public static RedactionPolicy defaults() {
    return new RedactionPolicy(
        AnonymisationScope.ALL_NATURAL_PERSONS,
        EnumSet.allOf(Category.class),
        AddressStyle.UNIT_WORDS_KEPT,
        true,
        false);
  }

  public boolean masks(Category category) {
    return masked.contains(category);
  }

  /**
   * Reads a policy file (Java properties, UTF-8): {@code scope}, {@code masked} (comma-separated
   * categories, or {@code all}), {@code address-style}, {@code keep-id-ends}, {@code
   * refuse-violent-crimes-against-minors}. Missing keys keep their default; an unknown value fails
   * with the key's name.
   */
  public static RedactionPolicy load(Reader reader) throws IOException {
    Properties p = new Properties();
    p.load(reader);
    RedactionPolicy d = defaults();
    try {
      return new RedactionPolicy(
          AnonymisationScope.valueOf(
              p.getProperty("scope", d.scope().name()).trim().toUpperCase(Locale.ROOT)),
          parseCategories(p.getProperty("masked", "all")),
          AddressStyle.valueOf(
              p.getProperty("address-style", d.addressStyle().name())
                  .trim()
                  .toUpperCase(Locale.ROOT)),
          Boolean.parseBoolean(p.getProperty("keep-id-ends", "" + d.keepIdEnds()).trim()),
          Boolean.parseBoolean(
              p.getProperty(
                      "refuse-violent-crimes-against-minors",
                      "" + d.refuseViolentCrimesAgainstMinors())
                  .trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy file: " + e.getMessage(), e);
    }
  }

  public static RedactionPolicy load(InputStream in) throws IOException {
    return load(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static Set<Category> parseCategories(String value) {
    if (value.trim().equalsIgnoreCase("all")) {
      return EnumSet.allOf(Category.class);
    }
    Set<Category> set = EnumSet.noneOf(Category.class);
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        set.add(Category.valueOf(part.trim().toUpperCase(Locale.ROOT)));
      }
    }
    return set;
  }
}
