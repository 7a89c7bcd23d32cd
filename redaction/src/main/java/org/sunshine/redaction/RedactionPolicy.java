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
 * @param refuseMinorCoOffenders also refuse when a co-offender handled in another case (另案处理) was a
 *     minor at the offence. Off by default: RULES.md §1 withholds 未成年人犯罪, the case of an offender
 *     under 18, and this document's offenders are adults; the minor is masked here and their own
 *     case is withheld on its own.
 * @param learnedRecall let the trained name model ({@link NameModel}, ADR 0022) propose names no
 *     rule found; a proposal is masked only when the rules' name boundary, kept spans and
 *     plausibility tests accept it. On by default.
 * @param hanlpRecall let HanLP's dictionary-based person recognition propose names (ADR 0004's
 *     filtered last resort). On by default.
 */
public record RedactionPolicy(
    AnonymisationScope scope,
    Set<Category> masked,
    AddressStyle addressStyle,
    boolean keepIdEnds,
    boolean refuseViolentCrimesAgainstMinors,
    boolean refuseMinorCoOffenders,
    boolean learnedRecall,
    boolean hanlpRecall) {

  /** Default name recall: both candidate sources on. */
  static final boolean LEARNED_RECALL = true;

  static final boolean HANLP_RECALL = true;

  public RedactionPolicy {
    masked = masked.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(masked);
  }

  /** The policy before the recall switches existed: both at their defaults. */
  public RedactionPolicy(
      AnonymisationScope scope,
      Set<Category> masked,
      AddressStyle addressStyle,
      boolean keepIdEnds,
      boolean refuseViolentCrimesAgainstMinors,
      boolean refuseMinorCoOffenders) {
    this(
        scope,
        masked,
        addressStyle,
        keepIdEnds,
        refuseViolentCrimesAgainstMinors,
        refuseMinorCoOffenders,
        LEARNED_RECALL,
        HANLP_RECALL);
  }

  /** The policy before the co-offender switch existed: that switch off. */
  public RedactionPolicy(
      AnonymisationScope scope,
      Set<Category> masked,
      AddressStyle addressStyle,
      boolean keepIdEnds,
      boolean refuseViolentCrimesAgainstMinors) {
    this(scope, masked, addressStyle, keepIdEnds, refuseViolentCrimesAgainstMinors, false);
  }

  public static RedactionPolicy defaults() {
    return new RedactionPolicy(
        AnonymisationScope.ALL_NATURAL_PERSONS,
        EnumSet.allOf(Category.class),
        AddressStyle.UNIT_WORDS_KEPT,
        true,
        false,
        false,
        LEARNED_RECALL,
        HANLP_RECALL);
  }

  public boolean masks(Category category) {
    return masked.contains(category);
  }

  /**
   * Reads a policy file (Java properties, UTF-8): {@code scope}, {@code masked} (comma-separated
   * categories, or {@code all}), {@code address-style}, {@code keep-id-ends}, {@code
   * refuse-violent-crimes-against-minors}, {@code refuse-minor-co-offenders}, {@code
   * learned-recall}, {@code hanlp-recall}. Missing keys keep their default; an unknown value fails
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
                  .trim()),
          Boolean.parseBoolean(
              p.getProperty("refuse-minor-co-offenders", "" + d.refuseMinorCoOffenders()).trim()),
          Boolean.parseBoolean(p.getProperty("learned-recall", "" + d.learnedRecall()).trim()),
          Boolean.parseBoolean(p.getProperty("hanlp-recall", "" + d.hanlpRecall()).trim()));
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
