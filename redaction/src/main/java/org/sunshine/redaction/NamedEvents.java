package org.sunshine.redaction;

import java.util.List;

/**
 * What a word before it names, not a person: a campaign, a season or a programme (春雷行动, 金秋时节,
 * 洱海保护治理, “海燕”宣传周). A given name that is such a word (鄂春雷's 春雷, 邝金秋's 金秋) is not the person there,
 * also in quotes before the event's noun; the person's full name still is wherever it stands.
 */
final class NamedEvents {

  /** Nouns of campaigns, seasons and programmes; none of them is what a person does or has. */
  private static final List<String> NOUNS =
      List.of(
          "专项行动", "行动", "时节", "时分", "保护治理", "保护区", "治理", "宣传周", "宣传月", "主题活动", "专项整治", "攻坚战", "保卫战",
          "战役", "工程", "计划”", "助学计划");

  /**
   * The nouns of those that no person's full name stands before either (于金秋时节 is no 于金秋): a person
   * may act (张三行动不便), never 时节.
   */
  private static final List<String> NEVER_AFTER_A_PERSON =
      List.of(
          "专项行动", "行动”", "时节", "时分", "保护治理", "宣传周", "宣传月", "主题活动", "专项整治", "攻坚战", "保卫战", "助学计划",
          "计划”");

  private NamedEvents() {}

  /**
   * A full name's reading before {@link #NEVER_AFTER_A_PERSON} is the event's word, not a person.
   */
  static boolean closesAFullName(String text, int end) {
    int at = end < text.length() && "”\"’」".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
    for (String noun : NEVER_AFTER_A_PERSON) {
      if (text.startsWith(noun, at)) {
        return true;
      }
    }
    return false;
  }

  /** What a quoted name before it names: a campaign, a programme or a model site (“平安工地”示范项目). */
  private static final List<String> QUOTED_NOUNS =
      List.of("专项行动", "行动", "主题活动", "宣传周", "宣传月", "示范", "创建", "工程", "项目", "计划", "攻坚", "整治");

  /**
   * “平安临夏·雷霆”专项行动, “平安工地”示范项目: a form inside quotes closed within a few characters and followed by
   * what a quoted name names is part of that name, not the person.
   */
  static boolean insideAQuotedName(String text, int start, int end) {
    int open = start - 1;
    while (open >= 0 && start - open <= 8 && "“\"「『".indexOf(text.charAt(open)) < 0) {
      if ("”\"」』，。；\n".indexOf(text.charAt(open)) >= 0) {
        return false;
      }
      open--;
    }
    if (open < 0 || start - open > 8) {
      return false;
    }
    int close = end;
    while (close < text.length() && close - end <= 8 && "”\"」』".indexOf(text.charAt(close)) < 0) {
      if ("“，。；\n".indexOf(text.charAt(close)) >= 0) {
        return false;
      }
      close++;
    }
    if (close >= text.length() || close - end > 8) {
      return false;
    }
    for (String noun : QUOTED_NOUNS) {
      if (text.startsWith(noun, close + 1)) {
        return true;
      }
    }
    return false;
  }

  /** An event's noun at {@code end}, or after the closing quote of a quoted name (“海燕”宣传周). */
  static boolean after(String text, int end) {
    int at = end < text.length() && "”\"’」".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
    for (String noun : NOUNS) {
      if (text.startsWith(noun, at)) {
        return true;
      }
    }
    return false;
  }
}
