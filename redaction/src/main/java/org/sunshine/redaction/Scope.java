package org.sunshine.redaction;

import java.util.List;

/** Applies the policy's anonymisation scope to the people found. */
final class Scope {

  private Scope() {}

  /**
   * Under the statutory minimum the accused of an indictment or protest may be named (the statute
   * anonymises them only for short sentences, which the case record, not the text, decides);
   * everyone else is anonymised.
   */
  static List<Person> applicable(List<Person> persons, DocumentType type, RedactionPolicy policy) {
    if (policy.scope() == AnonymisationScope.ALL_NATURAL_PERSONS
        || (type != DocumentType.INDICTMENT && type != DocumentType.PROTEST)) {
      return persons;
    }
    return persons.stream().filter(p -> !p.accused()).toList();
  }
}
