package org.sunshine.redaction;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the identifiers the case record gives for its participants wherever they appear, however
 * written.
 */
final class KnownDetails {

  private KnownDetails() {}

  static void find(
      String folded, String original, List<KnownParticipant> known, Protected kept, Findings out) {
    for (KnownParticipant k : known) {
      mask(folded, original, k.idNumber(), Category.ID_NUMBER, k.role(), kept, out, true);
      mask(folded, original, k.phone(), Category.PHONE, k.role(), kept, out, true);
      mask(folded, original, k.address(), Category.ADDRESS, k.role(), kept, out, false);
      LocalDate birth = k.birthDate();
      if (birth != null) {
        String written =
            birth.getYear() + "年" + birth.getMonthValue() + "月" + birth.getDayOfMonth() + "日";
        mask(folded, original, written, Category.BIRTH_DATE, k.role(), kept, out, false);
      }
    }
  }

  private static void mask(
      String folded,
      String original,
      String value,
      Category category,
      String role,
      Protected kept,
      Findings out,
      boolean digitsOnly) {
    if (value == null || value.isBlank()) {
      return;
    }
    String core =
        digitsOnly ? Folded.fold(value).replaceAll("[^0-9A-Za-z]", "") : Folded.fold(value).strip();
    if (core.length() < 4) {
      return;
    }
    StringBuilder rx = new StringBuilder();
    core.codePoints()
        .forEach(
            cp -> {
              if (rx.length() > 0) {
                rx.append(digitsOnly ? "[ \\-.]{0,2}" : "[ \\t\\n　]{0,2}");
              }
              rx.append(Pattern.quote(new String(Character.toChars(cp))));
            });
    Matcher m = Pattern.compile(rx.toString(), Pattern.CASE_INSENSITIVE).matcher(folded);
    while (m.find()) {
      if (!kept.overlaps(m.start(), m.end())) {
        String with = category == Category.BIRTH_DATE ? "****年**月**日" : "**";
        out.add(m.start(), m.end(), original, category, role, "known-participant", 1.0, with);
      }
    }
  }
}
