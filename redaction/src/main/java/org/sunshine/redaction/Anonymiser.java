package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives each person a pseudonym (case-stable through the {@link PseudonymMap}) and proposes a
 * finding for every occurrence of every form of their name. A given name used alone is replaced
 * only where it stands as a name (after a quote mark or a word like 与/喊, or before a delimiter) and
 * never before a place suffix (向阳路, 长安区).
 */
final class Anonymiser {

  private Anonymiser() {}

  static PseudonymMap pseudonyms(List<Person> persons, PseudonymMap existing, String text) {
    List<String> order = new ArrayList<>();
    for (Person p : persons) {
      if (!p.aliasOnly) {
        order.add(p.pseudonymKey());
      }
    }
    return existing.extend(order, PseudonymMap.inText(text));
  }

  static void find(
      String folded,
      String original,
      List<Person> persons,
      PseudonymMap map,
      Protected kept,
      Findings out) {
    // a person has a dozen nicknames (阿X, X姐, 尕X, X娃…) and each would cost a scan of the text: the
    // characters the text holds, read once, rule most of them out
    PresentChars present = new PresentChars(folded);
    for (Person p : persons) {
      String pseudonym = p.aliasOnly ? "**" : map.get(p.pseudonymKey());
      for (String form : p.forms) {
        FormOccurrences.each(
            folded,
            form,
            (s, e) -> {
              // overlapping a kept span only partly means the kept span is wrong, and the name wins
              if (!shielded(kept, p, s, e)
                  && !brand(folded, e)
                  && !placeLevelAfter(folded, s, e)
                  && !NamedEvents.closesAFullName(folded, e)
                  && !NamedEvents.insideAQuotedName(folded, s, e)
                  && AdminPrefix.knownPlace(folded, s) <= e
                  && !insideAWord(folded, form, s)
                  && (!wordLike(form)
                      || WordNames.standsForThePerson(folded, s, e)
                      || NameContext.followedAsPerson(folded, s, e)
                      || listedWithAPerson(folded, s, e, persons))) {
                out.add(s, e, original, Category.NAME, p.role, "person-name", 0.9, pseudonym);
              }
            });
      }
      for (String given : p.givenForms) {
        FormOccurrences.each(
            folded,
            given,
            (s, e) -> {
              boolean ordinary = Vocabulary.ordinaryWord(given);
              if (!kept.covers(s, e)
                  && latinBounded(folded, s, e)
                  && !NameContext.partOfWordOrPlace(folded, s, e)
                  && (!ordinary
                      || NameContext.followedAsPerson(folded, s, e)
                      || !WordNames.endsAPhrase(folded, s, e)
                          && (NameContext.standsAlone(folded, s, e)
                              || NameContext.actsAsPerson(folded, s, e)))) {
                out.add(s, e, original, Category.NAME, p.role, "given-name-alone", 0.75, pseudonym);
              }
            });
      }
      for (String nickname : p.nicknames) {
        if (!present.mayHold(nickname)) {
          continue;
        }
        if (nickname.charAt(0) == nickname.charAt(1) && !folded.contains(nickname)) {
          continue; // 瑶瑶: most documents never double the character, and a scan costs
        }
        FormOccurrences.each(
            folded,
            nickname,
            (s, e) -> {
              // 伟哥快躲开, not 小红书, 小平台, 阿波罗, 邓小平
              if (!kept.covers(s, e)
                  && (!doubledWord(nickname) || WordNames.doubledStandsAsName(folded, s, e))
                  && !NameContext.partOfWordOrPlace(folded, s, e)
                  && !VerbNicknames.verbPhrase(folded, nickname, s, e)
                  && (NameContext.alignedWithWords(folded, s, e) || elder(nickname, folded, e))
                  // 大力哥 on a two-character given name is nobody else's
                  && (nickname.length() >= 3
                      || elder(nickname, folded, e)
                      || AddressForms.built(p, nickname) && !AddressForms.runsOn(folded, s, e)
                      || !zi(nickname)
                          && (NameContext.standsAsName(folded, s, e)
                              || NameContext.standsAlone(folded, s, e)
                              || NameContext.actsAsPerson(folded, s, e))
                      || zi(nickname) && ziStandsAsName(folded, nickname, s, e))) {
                out.add(s, e, original, Category.NAME, p.role, "nickname", 0.7, "**");
              }
            });
      }
      for (String alias : p.aliases) {
        FormOccurrences.each(
            folded,
            alias,
            (s, e) -> {
              if (!kept.covers(s, e)) {
                out.add(s, e, original, Category.NAME, p.role, "alias", 0.85, "**");
              }
            });
      }
    }
  }

  /** Roles of officials a 控告 accuses: their office does not keep their name (执行人员樊某、鲍某). */
  private static final Set<String> ACCUSED_OFFICIALS = Set.of("被控告人", "被举报人");

  /**
   * Inside a kept span (江山 in 江山市人民法院) the name is a place; a full name is never part of a case
   * number's abbreviation: a running head joined after it (被告人岩温香运|西检刑诉〔2025〕44号) made the number
   * read back into the sentence. An official the document accuses is a party, not an official at
   * work.
   */
  private static boolean shielded(Protected kept, Person p, int s, int e) {
    boolean accused = p.role != null && ACCUSED_OFFICIALS.contains(p.role);
    if (e - s >= 3) {
      return kept.coversBesides(
          s, e, accused ? Set.of("case-number", "official") : Set.of("case-number"));
    }
    return accused ? kept.coversBesides(s, e, Set.of("official")) : kept.covers(s, e);
  }

  /**
   * 万哥 for 鲁万, 芳姐 for 李芳: a given character with 哥 or 姐 that makes no word names the person
   * wherever it stands, as the three-character nicknames do, though the dictionary cuts the
   * sentence across it (都是万哥带来的) — unless it runs on into a word of siblings (姐妹, 哥们, 哥俩).
   */
  private static boolean elder(String nickname, String text, int e) {
    return nickname.length() == 2
        && (nickname.charAt(1) == '哥' || nickname.charAt(1) == '姐')
        && !Vocabulary.commonWord(nickname)
        && (e >= text.length() || "们俩妹弟夫姐哥".indexOf(text.charAt(e)) < 0);
  }

  /**
   * 再由夏天、管向东冒充…: a name that is also a word (夏天) listed with 、 right before or after another
   * person's name is the person.
   */
  private static boolean listedWithAPerson(String text, int s, int e, List<Person> persons) {
    boolean after = e < text.length() && text.charAt(e) == '、';
    boolean before = s > 0 && text.charAt(s - 1) == '、';
    if (!after && !before) {
      return false;
    }
    for (Person other : persons) {
      for (String form : other.forms) {
        if (form.length() >= 2
            && (after && text.startsWith(form, e + 1)
                || before && s - 1 >= form.length() && text.startsWith(form, s - 1 - form.length()))
            && !wordLike(form)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * 杭州市钱塘区 for a person 钱塘, 在江津区 for a person 江津: before the level of a place (区, 县, 市…) the name
   * is that place, not the person who shares it.
   */
  private static boolean placeLevelAfter(String text, int start, int end) {
    end = NameContext.afterWrap(text, start, end);
    if (end >= text.length() || "区县旗省市镇乡".indexOf(text.charAt(end)) < 0) {
      return false;
    }
    for (String word : NOT_A_LEVEL) {
      if (text.startsWith(word, end)) {
        return false;
      }
    }
    return !headOfTheLevel(text, end + 1);
  }

  /**
   * 工程是冉启明镇长定的: 长 after the level makes the level's head, the person's office (镇长, 县长), unless it
   * opens a place word of its own (钱塘区长安路 has 长安).
   */
  private static boolean headOfTheLevel(String text, int at) {
    return at < text.length()
        && text.charAt(at) == '长'
        && (at + 1 >= text.length()
            || !Lexicon.isHan(text.charAt(at + 1))
            || !Vocabulary.commonWord(text.substring(at, at + 2)));
  }

  /** Words that start with a level's character but name no place (市场, 区分, 县城 is one). */
  private static final List<String> NOT_A_LEVEL =
      List.of("市场", "市民", "市值", "市面", "区分", "区别", "区域", "镇定", "镇静", "乡下", "乡亲", "省钱", "省得", "省下");

  /**
   * 高标准农田建设 for a person 田建设: a full name whose surname ends a word with the character before it
   * (农田) and whose given name is an ordinary word (建设) is inside a phrase, not the person.
   */
  private static boolean insideAWord(String text, String form, int s) {
    return form.length() == 3
        && s > 0
        && allHan(form)
        && Lexicon.isHan(text.charAt(s - 1))
        && Vocabulary.commonWord(text.substring(s - 1, s + 1))
        && Vocabulary.ordinaryWord(form.substring(1))
        // 王亚六之女王春兰, 其子田建设: a kinship word (之女, 其子) ends before the name, no word runs across it
        && !(s >= 2 && "之其".indexOf(text.charAt(s - 2)) >= 0)
        // 鉴定人母光华 (人母 is a word too): a role word ends right before the name
        && !NameContext.rolePrecedes(text, s)
        // 证人马建国 (人马 is a word too): only where the words around really run across the name
        && !NameContext.alignedWithWords(text, s, s + form.length());
  }

  /** Ada is not the person in Adams, nor Kelvin in Kelvins: a Latin form is a whole word. */
  private static boolean latinBounded(String text, int s, int e) {
    return (s == 0 || !latinLetter(text.charAt(s - 1)) || !latinLetter(text.charAt(s)))
        && (e >= text.length() || !latinLetter(text.charAt(e)) || !latinLetter(text.charAt(e - 1)));
  }

  private static boolean latinLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }

  /** 满满, 明明: a doubled character that is also a word (see {@link WordNames}). */
  private static boolean doubledWord(String nickname) {
    return nickname.length() == 2
        && nickname.charAt(0) == nickname.charAt(1)
        && Vocabulary.commonWord(nickname);
  }

  private static boolean zi(String nickname) {
    return nickname.length() == 2 && nickname.charAt(1) == '子';
  }

  /**
   * X子 is a noun like any other (华子抽完了, 将金子卖掉): it is a name only where it stands as one, and a
   * dictionary word (金子, 海子, 燕子) only where nothing but a name can stand — opening a clause or
   * after a role word, with what a person does after it (“燕子说…, not 。金子价值…).
   */
  private static boolean ziStandsAsName(String text, String nickname, int s, int e) {
    if (!Vocabulary.dictionaryWord(nickname)) {
      return NameContext.standsAsName(text, s, e);
    }
    return NameContext.opensAClauseAsAPerson(text, s, e);
  }

  /** False for a "person" whose every occurrence lies in kept text (穆沁旗 inside 西乌珠穆沁旗人民检察院). */
  static boolean appearsOutside(String text, Person p, Protected kept) {
    boolean[] outside = {false};
    for (String form : p.forms) {
      FormOccurrences.each(text, form, (s, e) -> outside[0] |= !kept.covers(s, e));
    }
    return outside[0] || p.forms.stream().noneMatch(text::contains);
  }

  /**
   * Where a two-character name that is also a word was left standing (晚高峰 for 高峰), the word around
   * it, so the residual check does not count it.
   */
  static List<String> wordContexts(String text, Person p, List<Finding> findings) {
    List<String> contexts = new ArrayList<>();
    for (String form : p.forms) {
      boolean wordLike = wordLike(form);
      FormOccurrences.each(
          text,
          form,
          (s, e) -> {
            if (brand(text, e)) {
              contexts.add(text.substring(s, e + 1));
            } else if ((wordLike
                    || placeLevelAfter(text, s, e)
                    || NamedEvents.closesAFullName(text, e)
                    || NamedEvents.insideAQuotedName(text, s, e)
                    || AdminPrefix.knownPlace(text, s) > e
                    || insideAWord(text, form, s))
                && findings.stream().noneMatch(f -> f.start() <= s && e <= f.end())) {
              // 晚高峰, 钱塘区, 农田建设: the name left standing inside a word or a place
              contexts.add(text.substring(Math.max(0, s - 1), Math.min(text.length(), e + 1)));
            }
          });
    }
    return contexts;
  }

  /**
   * A name before 牌 is a brand that shares it (a shoe of the 李宁牌 for a person 李宁), not the person;
   * 牌照 and 牌号 are a plate.
   */
  private static boolean brand(String text, int end) {
    return end < text.length()
        && text.charAt(end) == '牌'
        && (end + 1 >= text.length() || "照号子".indexOf(text.charAt(end + 1)) < 0);
  }

  /**
   * A two-character name that is also a word (高峰, 江山, 海燕): replaced only where it stands as a name.
   */
  private static boolean wordLike(String form) {
    return form.length() == 2 && Vocabulary.commonWord(form);
  }

  private static boolean allHan(String s) {
    return s.chars().allMatch(c -> Lexicon.isHan((char) c));
  }

  private static boolean compound(String s) {
    return Lexicon.COMPOUND_SURNAMES.stream().anyMatch(s::startsWith);
  }
}
