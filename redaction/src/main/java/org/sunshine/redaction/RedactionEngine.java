package org.sunshine.redaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes the redaction of one document. Thread-safe and stateless: create one and share it.
 *
 * <p>The pipeline: refusal checks; what must be kept (officials, lawyers, institutions, numbers of
 * the case, statutes, amounts, procedural dates); structured identifiers; birth dates, ages, health
 * and minors' schools; addresses below county level; people and their pseudonyms; then the
 * independent residual check and the over-redaction guard on the result.
 */
public final class RedactionEngine {

  /**
   * Documents beyond this are refused rather than processed slowly (a legal document is 2–30 KB).
   */
  public static final int MAX_CHARACTERS = 2_000_000;

  public RedactionResult redact(RedactionRequest request) {
    try {
      return redactNow(request);
    } finally {
      // a pooled thread must not keep a document's text once its redaction is done
      CharPositions.forget();
    }
  }

  private RedactionResult redactNow(RedactionRequest request) {
    String text = request.text();
    if (text.isBlank()) {
      throw new IllegalArgumentException("text: the document is empty");
    }
    DocumentType type = request.type() != null ? request.type() : DocumentType.detect(text);
    List<Refusal> refusals = new ArrayList<>();
    if (text.length() > MAX_CHARACTERS || unreadable(text)) {
      refusals.add(new Refusal(RefusalReason.UNREADABLE, "长度 " + text.length() + " 或含有非文本字符"));
      return new RedactionResult(
          null,
          type,
          List.of(),
          request.pseudonyms(),
          type.title(),
          Verdict.refused(refusals),
          List.of(),
          List.of());
    }
    NormalisedText normalised = NormalisedText.of(text);
    // Detectors read and propose on the normalised text; findings are placed on the original at
    // the end.
    String folded = normalised.text();
    RedactionPolicy policy = request.policy();
    refusals.addAll(
        RefusalCheck.check(folded, request.offenceDate(), request.participants(), policy));

    Protections.Result protections = Protections.find(folded);
    Protected kept = protections.ranges();
    Findings findings = new Findings();
    Identifiers.find(folded, folded, kept, policy, findings);
    LabelledIdentifiers.find(folded, kept, policy, findings);
    PersonalDetails.find(folded, folded, kept, policy, findings);
    List<Addresses.Tail> tails = Addresses.find(folded, folded, kept, policy, findings);

    List<Person> persons =
        PersonFinder.find(
            folded, kept, protections.keptNames(), request.participants(), request.policy());
    persons = Scope.applicable(persons, type, policy);
    persons = persons.stream().filter(p -> Anonymiser.appearsOutside(folded, p, kept)).toList();
    NameForms.add(persons);
    PseudonymMap pseudonyms = Anonymiser.pseudonyms(persons, request.pseudonyms(), folded);
    if (policy.masks(Category.NAME)) {
      Anonymiser.find(folded, folded, persons, pseudonyms, kept, findings);
      QuotedGivenNames.find(folded, persons, pseudonyms, kept, findings);
      NicknameColumns.find(folded, folded, kept, findings);
    }
    KnownDetails.find(folded, folded, request.participants(), kept, findings);
    CompanyNames.find(folded, folded, kept, policy, findings);
    Recurrences.find(folded, folded, findings);

    List<Finding> found = findings.resolved();
    List<Finding> resolved = normalised.toOriginal(found);
    String redacted = Findings.apply(text, resolved);
    List<String> residual = residual(redacted, persons, found, tails, folded, policy, kept);
    if (!residual.isEmpty()) {
      refusals.add(new Refusal(RefusalReason.RESIDUAL_LEAK, String.join("；", residual)));
    }
    List<String> over = OverRedactionGuard.check(folded, NormalisedText.of(redacted).text(), kept);
    String title = PublicTitle.of(type, folded, persons, pseudonyms);
    Verdict verdict = refusals.isEmpty() ? Verdict.publish() : Verdict.refused(refusals);
    return new RedactionResult(
        redacted, type, resolved, pseudonyms, title, verdict, residual, over);
  }

  private static List<String> residual(
      String redacted,
      List<Person> persons,
      List<Finding> findings,
      List<Addresses.Tail> tails,
      String folded,
      RedactionPolicy policy,
      Protected kept) {
    Set<String> exceptions = new LinkedHashSet<>();
    for (Protected.Range r : kept.ranges()) {
      exceptions.add(folded.substring(r.start(), r.end()));
    }
    Set<String> names = new LinkedHashSet<>();
    if (policy.masks(Category.NAME)) {
      for (Person p : persons) {
        names.addAll(p.forms);
        p.aliases.stream().filter(a -> a.length() >= 2).forEach(names::add);
        exceptions.addAll(Anonymiser.wordContexts(folded, p, findings));
      }
    }
    Set<String> numbers = new LinkedHashSet<>();
    for (Finding f : findings) {
      if (f.category() != Category.NAME
          && f.category() != Category.ADDRESS
          && f.category() != Category.BIRTH_DATE
          && f.category() != Category.AGE
          && f.category() != Category.HEALTH
          && f.category() != Category.MINOR_INFO) {
        numbers.add(f.text());
      }
    }
    Set<String> phrases = new LinkedHashSet<>();
    for (Addresses.Tail t : tails) {
      phrases.add(folded.substring(t.start(), t.end()));
    }
    return ResidualCheck.check(redacted, names, numbers, phrases, exceptions);
  }

  /** NUL bytes or many replacement characters: a binary file or the wrong encoding. */
  private static boolean unreadable(String text) {
    long bad =
        text.chars()
            .filter(c -> c == 0 || c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))
            .count();
    return bad > 0 && bad * 200 > text.length() || text.indexOf('\0') >= 0;
  }
}
