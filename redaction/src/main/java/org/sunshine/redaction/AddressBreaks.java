package org.sunshine.redaction;

import java.util.regex.Pattern;

/**
 * Where a line break falls inside an address: after its cue, inside the administrative prefix,
 * between a number and its unit, inside a unit word or inside a name. The address goes on across
 * the break when the next line continues the chain.
 */
final class AddressBreaks {

  /**
   * 住|山西省太原市…, 户籍地|城厢镇…: a cue that ends its line leaves the address to the next one, which then
   * opens with a place or with a named part of the chain.
   */
  private static final Pattern OPENS_A_CHAIN =
      Pattern.compile("\\p{IsHan}{1,8}?(?:街道|镇|乡|苏木|嘎查|村|社区|小区|大道|大街|路|街|巷)");

  /**
   * 新建北路|145号…, 解放街道|海滨社区…: a form's address cut by a line break goes on with a house number or
   * with the next named part of the chain (a name of up to eight characters and its unit word);
   * after a number or a road, with an estate's name and its building (红旗大道92号|金域华府7栋1203室).
   */
  private static final Pattern CONTINUATION =
      Pattern.compile(
          "\\n(?:[0-9]{1,5}(?:号|栋|幢|楼|室|单元|弄|巷|之|组|社)"
              + "|[\\p{IsHan}A-Za-z0-9]{1,8}?(?:社区|小区|街道|大道|大街|嘎查|苏木|村|组|路|街|巷|弄|号)"
              + "|\\p{IsHan}{2,10}?[0-9A-Z]{1,4}(?:号楼|栋|幢|座)[0-9]{1,4})");

  /**
   * 锦绣苑6|号楼, 6栋3|单元402室, 110|1室: a number cut from its unit word, or cut inside, by a line break.
   */
  private static final Pattern UNIT_AFTER_NUMBER =
      Pattern.compile("\\n[ 　]*[0-9]{0,5}(?:号楼|号院|号|栋|幢|单元|室|楼|层|组|社|户|座)");

  /**
   * 拱星|墩街道, 查|干补力格苏木: the rest of a name cut by a line break, then its unit word; or the unit word
   * alone (银河|街道某小区), the next part's name after it.
   */
  private static final Pattern REST_OF_A_NAME =
      Pattern.compile(
          "\\n(?:\\p{IsHan}{1,6}?(?:社区|小区|街道|大道|大街|嘎查|苏木|村|组|路|街|巷|弄|镇|乡)"
              // 街道 opening the next line continues the address, but 社区矫正, 街道办事处 open a new clause
              + "|(?:街道|社区|嘎查|苏木)(?!矫正|服务|办事处|工作|治理|卫生|居民|居委|党|网格|民警|干部|调解|负责|主任|书记)"
              + "\\p{IsHan})");

  private AddressBreaks() {}

  /** Where the address after a cue starts: on the next line when the cue ends its line. */
  static int acrossBreak(String s, int from) {
    int next = from;
    while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '　')) {
      next++;
    }
    if (next >= s.length() || s.charAt(next) != '\n') {
      return from;
    }
    next++;
    while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '　')) {
      next++;
    }
    boolean opens =
        AdminPrefix.end(s, next) > next
            || OPENS_A_CHAIN.matcher(s).region(next, Math.min(s.length(), next + 12)).lookingAt();
    return opens ? next : from;
  }

  /**
   * 住山|东省威海市文登区…: where a line break falls inside the administrative prefix, the prefix is read as
   * if the line were joined, and the part below county level starts where it ends.
   */
  static int prefixEnd(String s, int from) {
    int end = AdminPrefix.end(s, from);
    int nl = s.indexOf('\n', from);
    if (nl < 0 || nl - from > 10 || end > nl) {
      return end;
    }
    String joined = s.substring(from, nl) + s.substring(nl + 1, Math.min(s.length(), nl + 41));
    int p = AdminPrefix.end(joined, 0);
    return p > nl - from ? nl + 1 + (p - (nl - from)) : end;
  }

  /** Whether the address goes on across the line break at {@code at}. */
  static boolean continues(String s, int at) {
    if (s.charAt(at) != '\n' || at == 0) {
      return false;
    }
    char before = s.charAt(at - 1);
    int to = Math.min(s.length(), at + 12);
    if (before >= '0' && before <= '9') {
      return UNIT_AFTER_NUMBER.matcher(s).region(at, to).lookingAt();
    }
    if (unitCut(s, at)) {
      return true;
    }
    if ("路街道巷弄里村组区庄屯镇乡号栋幢查木".indexOf(before) >= 0
        && CONTINUATION.matcher(s).region(at, to).lookingAt()) {
      return true;
    }
    // an address never ends inside a name: a Chinese character that closes no unit goes on
    return Lexicon.isHan(before) && REST_OF_A_NAME.matcher(s).region(at, to).lookingAt();
  }

  private static boolean unitCut(String s, int at) {
    int next = at + 1;
    while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '　')) {
      next++;
    }
    return next < s.length() && AddressUnits.cutInside(s.charAt(at - 1), s.charAt(next));
  }
}
