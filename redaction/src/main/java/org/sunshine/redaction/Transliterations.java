package org.sunshine.redaction;

import java.util.List;
import java.util.Set;

/**
 * A foreigner's name written in the characters Chinese uses to render foreign sounds (奥卡福, 易卜拉欣,
 * 奥尔加·伊万诺娃), declared by a nationality (尼日利亚籍商人奥卡福, 俄罗斯籍游客奥尔加·伊万诺娃): no Han surname opens it and no
 * word of the sentence marks its start, so the run of rendering characters after the nationality
 * and the word for the person is the name. Part of {@link PersonFinder}.
 */
final class Transliterations {

  private Transliterations() {}

  /**
   * The characters of the standard tables for rendering foreign names (外国人名汉字译写), less those that
   * also make the nouns between a nationality and a name (人, 客, 子, 华…).
   */
  private static final Set<Character> RENDERING =
      Lexicon.chars(
          "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕边别宾波博布查察达戴丹当道德登迪蒂丁东杜多厄恩尔法凡范菲费芬丰弗福夫盖甘冈"
              + "戈格根贡古瓜哈海汉豪赫亨洪胡霍吉基加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉丽列林琳"
              + "隆卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米明莫姆默穆纳娜奈南内尼妮宁纽努诺欧帕潘佩彭皮珀普奇齐恰乔切钦琼丘屈"
              + "让热日荣茹瑞若萨塞赛桑瑟森沙莎尚舍施什史舒斯松苏索塔泰坦汤唐特提廷通图托瓦万旺威韦维温文沃乌伍武西希"
              + "锡席夏谢辛休雅亚扬耶伊尤约泽扎詹兹佐娃娅卜欣丝黛芙琪薇");

  /** Words for the person between the nationality and the name, besides the roster's role words. */
  private static final List<String> PERSON_NOUNS =
      List.of(
          "男子", "女子", "男性", "女性", "游客", "旅客", "商人", "客商", "公民", "留学生", "学生", "务工人员", "人员", "妇女",
          "青年", "老人", "球员", "外教", "模特", "船员", "渔民", "");

  private static final int SHORTEST = 3;
  private static final int LONGEST = 5;

  static void afterNationality(PersonFinder f) {
    String text = f.text;
    for (int at = text.indexOf('籍'); at >= 0; at = text.indexOf('籍', at + 1)) {
      if (at == 0
          || !Lexicon.isHan(text.charAt(at - 1))
          || "户原祖党学国".indexOf(text.charAt(at - 1)) >= 0) {
        continue;
      }
      int start = afterPersonWord(text, at + 1);
      String name = start < 0 ? null : nameAt(text, start);
      if (name != null && !Vocabulary.commonWord(name) && !f.keptNames.contains(name)) {
        f.add(name, null, start, true);
      }
    }
  }

  /** Where the name starts after the word for the person (游客, 商人, 证人, or none), or -1. */
  private static int afterPersonWord(String text, int at) {
    int best = -1;
    for (List<String> words : List.of(PERSON_NOUNS, Lexicon.WEAK_ROLES, Lexicon.STRONG_ROLES)) {
      for (String w : words) {
        if (text.startsWith(w, at) && at + w.length() > best && rendering(text, at + w.length())) {
          best = at + w.length();
        }
      }
    }
    return best;
  }

  /**
   * Three to five rendering characters, or parts of them joined by the middle dot, closed by what
   * follows a name (a delimiter, 的, 在, 称…), or null.
   */
  private static String nameAt(String text, int start) {
    int end = runEnd(text, start);
    if (end - start < SHORTEST || end - start > LONGEST) {
      return null;
    }
    while (end + 1 < text.length() && text.charAt(end) == '·' && rendering(text, end + 1)) {
      end = runEnd(text, end + 1);
    }
    if (end < text.length()
        && Lexicon.isHan(text.charAt(end))
        && !Lexicon.AFTER_NAME.contains(text.charAt(end))
        && !RolePeople.testifies(text, end)) {
      return null;
    }
    return text.substring(start, end);
  }

  /**
   * 索姆查伊 of 因索姆查伊: the rendering characters that end a run, three to five of them, or null — the
   * name a Latin spelling in brackets follows when no role word marks where it starts.
   */
  static String endingRun(String run) {
    int start = run.length();
    while (start > 0 && RENDERING.contains(run.charAt(start - 1))) {
      start--;
    }
    int length = run.length() - start;
    return length >= SHORTEST && length <= LONGEST ? run.substring(start) : null;
  }

  private static int runEnd(String text, int at) {
    int end = at;
    while (end < text.length() && rendering(text, end)) {
      end++;
    }
    return end;
  }

  private static boolean rendering(String text, int at) {
    return at < text.length() && RENDERING.contains(text.charAt(at));
  }
}
