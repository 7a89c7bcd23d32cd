package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ·-joined names of a document (艾力·吐尔逊, 索科洛娃·安娜), read once when {@link NameBoundary} is made:
 * where such a name starts is decided by the role words, alias words and verbs before it, not by
 * the characters after a given offset as the rest of the boundary is.
 */
final class DottedNames {

  private static final Pattern DOT_NAME =
      Pattern.compile(
          "(\\p{IsHan}{1,12})((?:·\\p{IsHan}{1,10}?)+)(?=[，,。、；;：:（()）“”\"\\n 的与及和]|称|证实|在|对|向|已|现|被|用|赔偿|担任|作为|系|是|为|于|到|因|将|把|给|以|从|等|供述|陈述|表示|提出|承认|辩称|签署|出具|涉嫌|打工|拖欠|承包|同时|立即|随即|还|面部|所|驾|持|身|家|也|又|便)");

  private DottedNames() {}

  /**
   * ·-joined names (艾力·吐尔逊). The left part is the Han run before the first ·, less any role word or
   * verb that precedes it; when one candidate is a prefix of another, the shorter
   * (delimiter-closed) one is the name.
   */
  static List<String> find(String text) {
    Set<String> found = new LinkedHashSet<>();
    if (text.indexOf('·') < 0) {
      return List.of();
    }
    Matcher m = DOT_NAME.matcher(text);
    while (m.find()) {
      String left = m.group(1);
      int cut = 0;
      for (String role : Lexicon.STRONG_ROLES) {
        int i = left.lastIndexOf(role);
        if (i >= 0) {
          cut = Math.max(cut, i + role.length());
        }
      }
      for (String role : Lexicon.WEAK_ROLES) {
        int i = left.lastIndexOf(role);
        if (i >= 0) {
          cut = Math.max(cut, i + role.length());
        }
      }
      // （中文译名索科洛娃·安娜）: the alias word introduces the name, it is no part of it
      for (String alias : Lexicon.ALIAS_WORDS) {
        int i = left.lastIndexOf(alias);
        if (i >= 0 && i + alias.length() < left.length()) {
          cut = Math.max(cut, i + alias.length());
        }
      }
      for (String verb :
          List.of(
              "击打", "雇佣", "殴打", "向", "与", "和", "及", "称", "为", "是", "将", "对", "被", "让", "由", "经",
              "请", "聘请", "伙同")) {
        int i = left.lastIndexOf(verb);
        if (i >= 0 && i + verb.length() < left.length()) {
          cut = Math.max(cut, i + verb.length());
        }
      }
      String name = left.substring(cut) + m.group(2);
      if (cut < left.length() && left.length() - cut <= 8) {
        found.add(name);
      }
    }
    List<String> shortest = new ArrayList<>();
    for (String f : found) {
      if (found.stream().noneMatch(o -> !o.equals(f) && f.contains(o))) {
        shortest.add(f);
      }
    }
    shortest.sort((a, b) -> b.length() - a.length());
    return shortest;
  }
}
