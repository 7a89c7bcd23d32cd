package org.sunshine.redaction;

import java.util.List;

/**
 * The engine's proposal.
 *
 * @param redactedText the text with every finding replaced (null when refused: nothing
 *     half-redacted leaves)
 * @param type the document type used
 * @param findings every span replaced, in text order
 * @param pseudonyms the case's pseudonym map including this document's people
 * @param publicTitle the standard's public title, e.g. 起诉书（张某某涉嫌盗窃案）
 * @param verdict publishable or refused with reasons
 * @param residualHits what the independent residual check still found in the redacted text (empty
 *     when safe)
 * @param overRedactions kept items (dates, amounts, institutions…) that the redaction made
 *     disappear
 */
public record RedactionResult(
    String redactedText,
    DocumentType type,
    List<Finding> findings,
    PseudonymMap pseudonyms,
    String publicTitle,
    Verdict verdict,
    List<String> residualHits,
    List<String> overRedactions) {

  public RedactionResult {
    findings = List.copyOf(findings);
    residualHits = List.copyOf(residualHits);
    overRedactions = List.copyOf(overRedactions);
  }

  public boolean publishable() {
    return verdict.publishable();
  }
}
