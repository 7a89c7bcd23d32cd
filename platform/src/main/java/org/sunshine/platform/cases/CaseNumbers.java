package org.sunshine.platform.cases;

import java.util.regex.Pattern;

/**
 * A case number as people type it, in the one form the import stores: the year in 〔〕 whatever
 * brackets were typed ([2026], (2026), （2026）, 【2026】), no spaces.
 */
final class CaseNumbers {

  private static final Pattern YEAR = Pattern.compile("[\\[(（【〔［]\\s*(\\d{4})\\s*[\\])）】〕］]");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

  private CaseNumbers() {}

  static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    return YEAR.matcher(SPACE.matcher(typed).replaceAll("")).replaceAll("〔$1〕");
  }
}
