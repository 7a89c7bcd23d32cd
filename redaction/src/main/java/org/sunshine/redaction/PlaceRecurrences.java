package org.sunshine.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place below county level named in a home, registered or business address (its town, village,
 * team, community, street) still says where the person lives wherever the document names it again:
 * alone (在邓吉村), cut by a line break or a stray space (调顺|村委会), or as the name of the village's or
 * residents' own committee (邓吉村村民委员会, 南河社区居委会), which is named after the place. A public body of
 * the place (某镇人民政府, 某镇人民调解委员会, 某镇征地办公室) keeps its name: the body is public, the place only its
 * seat.
 */
final class PlaceRecurrences {

  /** Blanks a line break or a scanned page leaves inside a name: at most this many in a row. */
  private static final int MAX_GAP = 3;

  /** The words that make a town or village the seat of a public body (禾丰镇人民政府, 某镇征地办公室). */
  private static final Pattern PUBLIC_BODY_AFTER =
      Pattern.compile(
          "^(?:街道|镇|乡)?(?:人民政府|政府|办事处|党委|人大|派出所|司法所|财政所|人民法庭|法庭|卫生院|综合执法|征地|拆迁|国土所"
              + "|民政办|民政所|社会事务办|便民服务中心|(?:社区)?卫生服务中心|中心学校|中心小学|计生办|农技站|林业站|水利站|文化站|敬老院)");

  /**
   * A village's or residents' committee: it governs the place itself and bears its name, so the
   * name in it is the place of the home (村民委员会 after 胡家堡 shares the 村 of 胡家堡村).
   */
  private static final Pattern SELF_GOVERNED =
      Pattern.compile("^(?:[\\p{IsHan}&&[^的在于是为和与及并]]{0,12}?(?:村民委员会|居民委员会|村委会|居委会)|(?<=村)民委员会)");

  private PlaceRecurrences() {}

  /**
   * Masks {@code what} wherever it stands in {@code s}, blanks between its characters allowed; each
   * line's piece of a cut occurrence gets its own mask, so the line break stays.
   */
  static void mask(
      String s,
      String original,
      String what,
      String mask,
      Protected kept,
      Findings out,
      String rule,
      AddressStyle style) {
    if (what.isEmpty()) {
      return;
    }
    int from = 0;
    int at;
    String first = what.substring(0, 1);
    while ((at = CharPositions.indexOf(s, first, from)) >= 0) {
      int end = matchEnd(s, at, what);
      if (end < 0) {
        from = at + 1;
        continue;
      }
      if ((!kept.overlaps(at, end) || insideSelfGoverned(s, at, end, kept))
          && !inPublicBody(s, at, end)) {
        add(s, original, at, end, what.length() == end - at ? mask : null, out, rule, style);
        townBefore(s, original, at, end, kept, out, style);
      }
      from = end;
    }
  }

  /** The characters a town's name never holds: a county's last character, punctuation, a verb. */
  private static final String BEFORE_A_TOWN = "省市县区旗州盟在于到从至往的了和与及、，,。；;：:（(）) 　\n";

  /**
   * 某县甲镇乙村 where 乙 is the home's village said again: the town right before it is the home's town,
   * even when the home's own address did not name it (the village is the person's, so is its town).
   */
  private static void townBefore(
      String s,
      String original,
      int at,
      int end,
      Protected kept,
      Findings out,
      AddressStyle style) {
    if (!villageEndsAt(s, end) || at < 2) {
      return;
    }
    int unit = s.startsWith("街道", at - 2) ? 2 : "镇乡".indexOf(s.charAt(at - 1)) >= 0 ? 1 : 0;
    int start = at - unit;
    while (unit > 0
        && start > 0
        && at - unit - start < 8
        && Lexicon.isHan(s.charAt(start - 1))
        && BEFORE_A_TOWN.indexOf(s.charAt(start - 1)) < 0) {
      start--;
    }
    if (unit == 0
        || at - unit - start < 1
        || at - unit - start > 7
        || start == 0
        || BEFORE_A_TOWN.indexOf(s.charAt(start - 1)) < 0
        || kept.overlaps(start, at)) {
      return;
    }
    String town = s.substring(start, at);
    out.add(
        start,
        at,
        original,
        Category.ADDRESS,
        null,
        "address-town",
        0.85,
        AddressUnits.mask(town, style));
  }

  /** Whether a village's name ends at {@code end} (乙村, 乙 with 村 after it, 乙嘎查, 乙社区). */
  private static boolean villageEndsAt(String s, int end) {
    return s.charAt(end - 1) == '村'
        || s.startsWith("村", end)
        || s.startsWith("嘎查", end)
        || s.startsWith("嘎查", end - 2)
        || s.startsWith("社区", end)
        || s.startsWith("社区", end - 2);
  }

  /**
   * Where {@code what} read from {@code at} ends when blanks may stand between characters, or -1.
   */
  static int matchEnd(String s, int at, String what) {
    int i = at;
    for (int k = 0; k < what.length(); k++) {
      if (k > 0) {
        int gap = 0;
        while (i < s.length()
            && gap <= MAX_GAP
            && blank(s.charAt(i))
            && s.charAt(i) != what.charAt(k)) {
          i++;
          gap++;
        }
        if (gap > MAX_GAP) {
          return -1;
        }
      }
      if (i >= s.length() || s.charAt(i) != what.charAt(k)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  private static boolean blank(char c) {
    return c == '\n' || c == ' ' || c == '　' || c == '\r' || c == '\t';
  }

  /**
   * Each run between blanks is masked on its own (调顺|村委会 → **|村委会: a unit word alone stays, a name
   * goes); the blanks stay.
   */
  private static void add(
      String s,
      String original,
      int at,
      int end,
      String whole,
      Findings out,
      String rule,
      AddressStyle style) {
    if (whole != null) {
      out.add(at, end, original, Category.ADDRESS, null, rule, 0.85, whole);
      return;
    }
    int i = at;
    while (i < end) {
      int j = i;
      while (j < end && !blank(s.charAt(j))) {
        j++;
      }
      String piece = s.substring(i, j);
      out.add(i, j, original, Category.ADDRESS, null, rule, 0.85, AddressUnits.mask(piece, style));
      while (j < end && blank(s.charAt(j))) {
        j++;
      }
      i = j;
    }
  }

  /**
   * The occurrence lies in kept text only as a part of a village's or residents' committee's name
   * (纸坊镇孔家庄村村民委员会): the committee is named after the home's place.
   */
  private static boolean insideSelfGoverned(String s, int at, int end, Protected kept) {
    Matcher committee = SELF_GOVERNED.matcher(s).region(end, Math.min(s.length(), end + 20));
    if (!committee.useTransparentBounds(true).lookingAt() || townsSeat(s, s.substring(at, end))) {
      return false;
    }
    for (Protected.Range r : kept.ranges()) {
      if (at < r.end() && r.start() < end && !r.kind().equals("institution")) {
        return false;
      }
    }
    return true;
  }

  /**
   * 周村镇周村村: a village named like its town is the town's seat, and its committee a body as public as
   * the town's government.
   */
  private static boolean townsSeat(String s, String village) {
    if (!village.endsWith("村") || village.length() < 3) {
      return false;
    }
    return namesATown(s, village.substring(0, village.length() - 1));
  }

  /**
   * Whether the document names a town {@code name} (周村 of 周村镇): the name alone is then the town's.
   */
  static boolean namesATown(String s, String name) {
    return s.contains(name + "镇") || s.contains(name + "乡") || s.contains(name + "街道");
  }

  /**
   * A part of a home's address inside the name of a public body (于都县人民政府某镇征地办公室) names the body,
   * not the home: the body's name stays.
   */
  private static boolean inPublicBody(String s, int start, int end) {
    return s.startsWith("人民政府", Math.max(0, start - 4)) && start >= 4
        || PUBLIC_BODY_AFTER.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt();
  }
}
