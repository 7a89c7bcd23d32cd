package org.sunshine.redaction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The other forms a person's name takes in a document (given name alone, elements of a name without
 * surname, the parts of a Latin name, the nicknames built on a given name), so the {@link
 * Anonymiser} finds every one.
 */
final class NameForms {

  private NameForms() {}

  static void add(List<Person> persons) {
    for (Person p : persons) {
      for (String form : List.copyOf(p.forms)) {
        if (form.contains("·")) {
          for (String part : form.split("·")) {
            if (part.length() >= 2) {
              p.givenForms.add(part);
              // 努尔艾合买提 is 艾合买提 too, 阿卜杜热西提 is 热西提: elements and the name after 阿卜杜
              p.givenForms.addAll(MinorityNames.elements(part));
              p.givenForms.addAll(MinorityNames.afterServantPrefix(part));
            }
          }
        } else if (form.equals(p.chineseName) && !form.equals(p.name) && allHan(form)) {
          // 昂哥哥 for AUNG KO KO renders sounds and has no surname: 昂哥 and 阿昂 are built on its
          // first syllable, and no part of it is a given name
          addNicknames(p, form.charAt(0));
        } else if (allHan(form) && !MinorityNames.elements(form).isEmpty()) {
          // 扎西次仁 is called 扎西 or 次仁 alone, as 泽仁拉姆 is 拉姆
          p.givenForms.addAll(MinorityNames.elements(form));
        } else if (allHan(form) && !MinorityNames.afterServantPrefix(form).isEmpty()) {
          // 阿不都热西提 is 热西提 alone
          p.givenForms.addAll(MinorityNames.afterServantPrefix(form));
        } else if (allHan(form) && MinorityNames.endedRun(form)) {
          // 泽郎措, 拉毛吉: elements and an ending, no surname and no given name apart from the elements
          String run = form.substring(0, form.length() - 1);
          List<String> elements = MinorityNames.elements(run);
          p.givenForms.addAll(elements.isEmpty() ? List.of(run) : elements);
        } else if (form.length() == 4 && allHan(form) && knownElementFirst(form)) {
          // 才让东智 is 东智 alone too: one known element and one the stock lacks
          p.givenForms.add(form.substring(0, 2));
          p.givenForms.add(form.substring(2));
        } else if (form.length() == 3 && allHan(form) && !compound(form)) {
          p.givenForms.add(form.substring(1));
          addNicknames(p, form.charAt(2)); // 钟晓峰 is 峰哥 and 阿峰 too
          // 陈志明 is 陈老板 to those who work for him: three characters no word holds
          p.nicknames.add(form.charAt(0) + "老板");
          // 牛大力 is 大力哥 too
          p.nicknames.add(form.substring(1) + "哥");
          p.nicknames.add(form.substring(1) + "姐");
          addElderNicknames(p, form.charAt(1));
          AddressForms.add(p, form);
        } else if (form.length() == 4 && allHan(form) && compound(form)) {
          p.givenForms.add(form.substring(2));
          // 欧阳慧敏 is 慧姐 and 阿敏 too
          addNicknames(p, form.charAt(3));
          addElderNicknames(p, form.charAt(2));
        } else if (form.length() == 2 && allHan(form)) {
          addNicknames(p, form.charAt(1));
          AddressForms.add(p, form);
        } else if (form.matches(LATIN_PARTS)) {
          // SERGEI of IVANOV SERGEI PETROVICH: a part of a foreigner's Latin name names them alone,
          // written in capitals or not (Sergei)
          String[] parts = form.split(" ");
          for (String part : parts) {
            if (part.length() >= 4) {
              p.givenForms.add(part);
              p.givenForms.add(part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT));
            }
          }
          // CHAN Ka Ho, WONG Tsz Kin: the surname in capitals first, the given name's syllables
          // after
          if (parts.length >= 3 && parts[0].equals(parts[0].toUpperCase(Locale.ROOT))) {
            p.givenForms.add(form.substring(parts[0].length() + 1));
            if (parts[0].length() == 3 && form.equals(form.toUpperCase(Locale.ROOT))) {
              // KIM MIN JUN is Kim to those who deal with him: the surname in title case
              p.givenForms.add(parts[0].charAt(0) + parts[0].substring(1).toLowerCase(Locale.ROOT));
            }
          }
          addHongKongForms(p, parts);
        }
      }
    }
  }

  /** Latin words of a name, a syllable pair joined by a hyphen counting as one (Ka-ho, Tsz-kin). */
  private static final String LATIN_PARTS =
      "[A-Z][A-Za-z]+(?:-[A-Za-z]+)*(?: [A-Z][A-Za-z]+(?:-[A-Za-z]+)*){1,4}";

  /**
   * Kelvin CHAN Ka-ho: an English name, the surname in capitals, the Chinese given name's
   * syllables. People write it short (CHAN Ka-ho, Kelvin CHAN, Kelvin Chan, Ka-ho): each names the
   * person.
   */
  private static void addHongKongForms(Person p, String[] parts) {
    for (int i = 1; i + 1 < parts.length; i++) {
      String surname = parts[i];
      if (surname.length() < 2 || !surname.equals(surname.toUpperCase(Locale.ROOT))) {
        continue;
      }
      String before = String.join(" ", Arrays.copyOfRange(parts, 0, i));
      String after = String.join(" ", Arrays.copyOfRange(parts, i + 1, parts.length));
      String titled = surname.charAt(0) + surname.substring(1).toLowerCase(Locale.ROOT);
      p.givenForms.add(surname + " " + after);
      p.givenForms.add(titled + " " + after);
      p.givenForms.add(before + " " + surname);
      p.givenForms.add(before + " " + titled);
      p.givenForms.add(after);
      if (before.length() >= 3) {
        p.givenForms.add(before); // Kelvin, Ada: the English name alone
      }
      return;
    }
  }

  private static boolean knownElementFirst(String form) {
    String run = MinorityNames.at(form, 0);
    return run != null && run.length() == 2 && !compound(form);
  }

  /**
   * 慧姐 for 欧阳慧敏, 晓哥 for 钟晓峰, 春娃 for 苟春生: the first character of a two-character given name with 哥,
   * 姐 or the rural diminutive 娃.
   */
  private static void addElderNicknames(Person p, char first) {
    for (String nickname : List.of(first + "哥", first + "姐", first + "娃")) {
      if (!Vocabulary.commonWord(nickname)) {
        p.nicknames.add(nickname);
      }
    }
  }

  /**
   * A one-character given name is too short to replace alone, but the nicknames built on it (伟哥,
   * 伟姐, 阿伟, 小伟, 伟伟, and 尕伟 where the northwest says 尕 for 小) name the person as surely as the full
   * name does.
   */
  private static void addNicknames(Person p, char given) {
    // 瑶瑶 for 钟瑶, 婷婷 for 蔡雅婷: the last character doubled is what family and friends say
    String doubled = "" + given + given;
    for (String nickname :
        List.of(given + "哥", given + "姐", "阿" + given, "小" + given, "尕" + given, doubled)) {
      // 满满 for 邱小满 is a word too: the Anonymiser masks it only where it opens a clause as a name
      if (!Vocabulary.commonWord(nickname) || nickname.equals(doubled)) {
        p.nicknames.add(nickname);
      }
    }
    // 宫晓燕 is 燕子 to those who know her: masked only where it stands as a name (see find)
    if (given != '子' && given != '儿') {
      p.nicknames.add(given + "子");
    }
  }

  private static boolean allHan(String s) {
    return s.chars().allMatch(c -> Lexicon.isHan((char) c));
  }

  private static boolean compound(String s) {
    return Lexicon.COMPOUND_SURNAMES.stream().anyMatch(s::startsWith);
  }
}
