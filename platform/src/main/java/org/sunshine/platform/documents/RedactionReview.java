package org.sunshine.platform.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.CaseView;
import org.sunshine.platform.cases.PartyRecord;
import org.sunshine.platform.cases.PartyRole;
import org.sunshine.redaction.AnonymisationScope;
import org.sunshine.redaction.KnownParticipant;
import org.sunshine.redaction.PseudonymMap;
import org.sunshine.redaction.RedactionEngine;
import org.sunshine.redaction.RedactionPolicy;
import org.sunshine.redaction.RedactionRequest;
import org.sunshine.redaction.RedactionResult;
import org.sunshine.redaction.Refusal;
import org.sunshine.redaction.RefusalReason;
import org.sunshine.redaction.ResidualCheck;

/**
 * The engine proposes, the reviewer decides span by span, and an independent residual check on the
 * resulting text (title included) decides whether it may go on. The check looks for every name and
 * number the case record knows and every span the reviewer accepted, wherever it still stands.
 */
@Component
class RedactionReview {

  private final RedactionEngine engine;
  private final RedactionPolicy policy;
  private final FindingRows findings;
  private final DocumentRows documents;
  private final Clock clock;

  RedactionReview(
      RedactionEngine engine,
      RedactionPolicy policy,
      FindingRows findings,
      DocumentRows documents,
      Clock clock) {
    this.engine = engine;
    this.policy = policy;
    this.findings = findings;
    this.documents = documents;
    this.clock = clock;
  }

  /** Runs the engine on the original text with the case's participants and pseudonyms. */
  void propose(DocumentRows.DocumentRow d, CaseView c) {
    findings.lockCase(c.id());
    PseudonymMap known = PseudonymMap.of(findings.pseudonyms(c.id()));
    List<KnownParticipant> participants =
        c.parties().stream()
            .map(
                p ->
                    new KnownParticipant(
                        p.name(),
                        roleLabel(p.role()),
                        p.idNumber(),
                        p.birthDate(),
                        null,
                        null,
                        null))
            .toList();
    LocalDate offence =
        c.accused().stream()
            .map(PartyRecord::offenceOn)
            .filter(Objects::nonNull)
            .min(LocalDate::compareTo)
            .orElse(null);
    RedactionResult r =
        engine.redact(
            new RedactionRequest(d.originalText(), d.type(), participants, known, policy, offence));
    findings.replaceAll(d.id(), r.findings());
    findings.addPseudonyms(c.id(), r.pseudonyms().asMap());
    List<String> refusals = new ArrayList<>();
    for (Refusal refusal : r.verdict().refusals()) {
      // A residual leak is judged again on the reviewer's text, not on the engine's proposal.
      if (refusal.reason() != RefusalReason.RESIDUAL_LEAK) {
        refusals.add(
            refusal.reason().name() + "|" + refusal.reason().label() + "：" + refusal.evidence());
      }
    }
    documents.saveRedaction(
        d.id(),
        r.publicTitle(),
        apply(d.originalText(), findings.of(d.id())),
        String.join("\n", refusals),
        clock.instant());
  }

  /** The role as documents write it, which the engine reads. */
  static String roleLabel(PartyRole role) {
    return switch (role) {
      case SUSPECT -> "犯罪嫌疑人";
      case DEFENDANT -> "被告人";
      case NON_PROSECUTED_PERSON -> "被不起诉人";
      case VICTIM -> "被害人";
      case PETITIONER -> "申诉人";
      case WITNESS -> "证人";
    };
  }

  /** Rebuilds the redacted text after a reviewer's decision. */
  void recompute(DocumentRows.DocumentRow d) {
    documents.saveRedaction(
        d.id(),
        d.publicTitle(),
        apply(d.originalText(), findings.of(d.id())),
        d.refusals(),
        clock.instant());
  }

  /** The text with every accepted span replaced; spans never overlap (checked when added). */
  static String apply(String original, List<FindingView> all) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    List<FindingView> accepted =
        all.stream()
            .filter(FindingView::accepted)
            .sorted(Comparator.comparingInt(FindingView::start))
            .toList();
    for (FindingView f : accepted) {
      if (f.end() > original.length()) {
        continue;
      }
      if (f.start() < at) {
        // Overlapping spans (refused on input, kept safe here): mask the rest, never show it.
        if (f.end() > at) {
          out.append("**");
          at = f.end();
        }
        continue;
      }
      out.append(original, at, f.start()).append(f.replacement());
      at = f.end();
    }
    return out.append(original.substring(at)).toString();
  }

  /**
   * What still stands in the public title and text: names and identity numbers of the case's
   * people, and the original of every accepted span.
   */
  List<String> residual(String publicTitle, String text, CaseView c, List<FindingView> spans) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> phrases = new LinkedHashSet<>();
    if (policy.scope() == AnonymisationScope.ALL_NATURAL_PERSONS) {
      c.parties().forEach(p -> names.add(p.name()));
      // Everyone the case's documents have named so far, accomplices outside the record included.
      names.addAll(findings.pseudonyms(c.id()).keySet());
    }
    c.parties().stream().map(PartyRecord::idNumber).filter(Objects::nonNull).forEach(numbers::add);
    for (FindingView f : spans) {
      // Input that was already masked (住**村) is no personal data, and would match itself.
      if (!f.accepted() || f.original().contains("**") || f.original().equals(f.replacement())) {
        continue;
      }
      switch (f.category()) {
        case "NAME" -> names.add(f.original());
        case "ID_NUMBER", "PHONE", "BANK_ACCOUNT", "PASSPORT", "CREDIT_CODE", "QQ" ->
            numbers.add(f.original());
        default -> phrases.add(f.original());
      }
    }
    String all = (publicTitle == null ? "" : publicTitle) + "\n" + (text == null ? "" : text);
    return ResidualCheck.check(all, names, numbers, phrases);
  }

  /**
   * Names and numbers of the case found in a free text that will be public (a withdrawal reason).
   */
  List<String> leaksIn(String publicText, CaseView c) {
    return residual(null, publicText, c, List.of());
  }

  /** The engine's refusals as the reviewer sees them (without the reason code). */
  static List<String> refusalLabels(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return stored.lines().map(l -> l.substring(l.indexOf('|') + 1)).toList();
  }

  /** The withholding reason an engine refusal stands for, or null when it is not one. */
  static WithholdingReason withholdingFor(String stored) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    String code = stored.lines().findFirst().orElse("").split("\\|")[0];
    return switch (code) {
      case "STATE_SECRET" -> WithholdingReason.STATE_SECRET;
      case "MINOR_OFFENDER" -> WithholdingReason.MINOR_OFFENDER;
      case "SEXUAL_CRIME_AGAINST_MINOR", "VIOLENT_CRIME_AGAINST_MINOR" ->
          WithholdingReason.CRIME_AGAINST_MINOR;
      default -> null;
    };
  }
}
