package org.sunshine.redaction;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A natural person the document names: the name as first found, the role it was found with, the
 * other forms that take the same pseudonym (given name alone, translated name) and aliases that are
 * masked outright (绰号, 网名…).
 */
final class Person {

  final String name;
  final String role;
  final int firstAt;
  String chineseName;

  /** A nickname of someone the document does not name: masked with ** and given no pseudonym. */
  boolean aliasOnly;

  final Set<String> forms = new LinkedHashSet<>();
  final Set<String> givenForms = new LinkedHashSet<>();
  final Set<String> aliases = new LinkedHashSet<>();

  /** 伟哥, 阿伟 for 张伟: masked only where they stand as a name. */
  final Set<String> nicknames = new LinkedHashSet<>();

  Person(String name, String role, int firstAt) {
    this.name = name;
    this.role = role;
    this.firstAt = firstAt;
    forms.add(name);
  }

  /**
   * The name the pseudonym is made from: the Chinese form when a foreign name has one — declared
   * (中文名, 中文译名) or found beside it (KIM MIN JUN（金敏俊）) — so the reviewer reads 金某某, not K某某.
   */
  String pseudonymKey() {
    if (chineseName != null) {
      return chineseName;
    }
    if (!Lexicon.isHan(name.charAt(0))) {
      for (String form : forms) {
        if (form.length() >= 2 && form.chars().allMatch(c -> Lexicon.isHan((char) c))) {
          return form;
        }
      }
    }
    return name;
  }

  boolean accused() {
    return role != null
        && (role.contains("被告人")
            || role.contains("被不起诉人")
            || role.contains("犯罪嫌疑人")
            || role.equals("上诉人")
            || role.matches("SUSPECT|DEFENDANT|NON_PROSECUTED(_PERSON)?"));
  }

  @Override
  public String toString() {
    return name + "(" + role + ")";
  }
}
