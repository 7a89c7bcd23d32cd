package org.sunshine.platform.releases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CaseEventType;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.ScreeningOutcome;
import org.sunshine.platform.texts.Texts;
import org.sunshine.redaction.Category;
import org.sunshine.redaction.Finding;
import org.sunshine.redaction.KnownParticipant;
import org.sunshine.redaction.PseudonymMap;
import org.sunshine.redaction.RedactionEngine;
import org.sunshine.redaction.RedactionPolicy;
import org.sunshine.redaction.RedactionRequest;
import org.sunshine.redaction.RedactionResult;
import org.sunshine.redaction.RefusalReason;
import org.sunshine.redaction.ResidualCheck;

/**
 * What stops a release before approval: anything the redaction engine would still mask or refuse, a
 * name or number of the linked case's people, and facts or evidence of a case still being handled
 * (第十一条).
 */
@Component
class ReleaseCheck {

  private static final Pattern FACTS_AND_EVIDENCE =
      Pattern.compile("经(依法)?审查查明|证据如下|证人证言|供述|鉴定意见|辨认笔录|现场勘验");

  private final RedactionEngine engine;
  private final RedactionPolicy policy;

  ReleaseCheck(RedactionEngine engine, RedactionPolicy policy) {
    this.engine = engine;
    this.policy = policy;
  }

  List<String> problems(String title, String body, CaseView c) {
    String text = title + "\n" + body;
    List<String> problems = new ArrayList<>();
    List<KnownParticipant> people =
        c == null
            ? List.of()
            : c.parties().stream()
                .map(p -> KnownParticipant.named(p.name(), p.role().name()))
                .toList();
    RedactionResult r =
        engine.redact(new RedactionRequest(text, null, people, PseudonymMap.empty(), policy, null));
    for (Finding f : r.findings()) {
      if (f.category() != Category.COMPANY_NAME || f.confidence() >= 0.9) {
        problems.add(
            Texts.text(
                "releases.release-check.personal-information",
                f.text(),
                f.category(),
                f.replacement()));
      }
    }
    r.verdict().refusals().stream()
        .filter(x -> x.reason() != RefusalReason.RESIDUAL_LEAK)
        .forEach(
            x -> problems.add(Texts.text("releases.release-check.barred", x.reason().label())));
    if (c != null) {
      List<String> names = c.parties().stream().map(p -> p.name()).toList();
      List<String> numbers =
          c.parties().stream().map(p -> p.idNumber()).filter(n -> n != null).toList();
      ResidualCheck.check(text, names, numbers, List.of())
          .forEach(h -> problems.add(Texts.text("releases.release-check.case-persons", h)));
      if (stillBeingHandled(c) && FACTS_AND_EVIDENCE.matcher(text).find()) {
        problems.add(Texts.text("releases.release-check.case-open"));
      }
      if (c.secret()) {
        problems.add(Texts.text("releases.release-check.state-secret"));
      }
      // What the case record bars by law (a minor offender, a state-security charge…): never
      // released.
      c.accused().stream()
          .flatMap(p -> p.screening().stream())
          .filter(f -> f.outcome() == ScreeningOutcome.WITHHELD_BY_LAW && !f.overridden())
          .map(f -> Texts.text("releases.release-check.law-bar", f.reason()))
          .distinct()
          .forEach(problems::add);
    }
    return problems.stream().distinct().toList();
  }

  private static boolean stillBeingHandled(CaseView c) {
    return c.accused().isEmpty()
        || c.accused().stream()
            .anyMatch(
                p ->
                    p.events().stream()
                        .noneMatch(
                            e ->
                                e.type().concludes()
                                    || e.type() == CaseEventType.JUDGMENT_EFFECTIVE));
  }
}
