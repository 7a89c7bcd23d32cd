package org.sunshine.platform.access;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.Cases;
import org.sunshine.platform.cases.PartyRecord;

/**
 * In the demo only: a case number and a party a visitor can apply for on {@code /access}, read from
 * the demo's cases (the first accused whose record may be shown). Found once the demo data is in,
 * then kept.
 */
@Component
class DemoSuggestion {

  private static final int LOOK_AT = 50;

  private final Cases cases;
  private final boolean demo;
  private volatile Suggestion found;

  DemoSuggestion(Cases cases, @Value("${sunshine.demo.enabled:false}") boolean demo) {
    this.cases = cases;
    this.demo = demo;
  }

  /** A case number and party name to try; empty outside the demo or before its data is in. */
  Optional<Suggestion> get() {
    if (!demo) {
      return Optional.empty();
    }
    if (found == null) {
      found = find();
    }
    return Optional.ofNullable(found);
  }

  private Suggestion find() {
    for (long id : cases.allIds().stream().limit(LOOK_AT).toList()) {
      CaseView c = cases.record(id);
      if (c.secret()) {
        continue;
      }
      for (PartyRecord p : c.accused()) {
        if (cases.disclosure(id, p.id()).disclosable()) {
          return new Suggestion(c.caseNumber(), p.name());
        }
      }
    }
    return null;
  }

  /** What the banner names. */
  record Suggestion(String caseNumber, String partyName) {}
}
