package org.sunshine.redaction;

import java.time.LocalDate;
import java.util.List;

/**
 * What to redact.
 *
 * @param text the document's full text
 * @param type its type, or null to recognise it from the heading
 * @param participants people known from the case record (may be empty)
 * @param pseudonyms the case's pseudonyms so far (may be empty)
 * @param policy what to mask
 * @param offenceDate the offence date from the case record, or null to read it from the text
 */
public record RedactionRequest(
    String text,
    DocumentType type,
    List<KnownParticipant> participants,
    PseudonymMap pseudonyms,
    RedactionPolicy policy,
    LocalDate offenceDate) {

  public RedactionRequest {
    if (text == null) {
      throw new IllegalArgumentException("text is required");
    }
    participants = participants == null ? List.of() : List.copyOf(participants);
    pseudonyms = pseudonyms == null ? PseudonymMap.empty() : pseudonyms;
    policy = policy == null ? RedactionPolicy.defaults() : policy;
  }

  public static RedactionRequest of(String text) {
    return new RedactionRequest(text, null, List.of(), PseudonymMap.empty(), null, null);
  }
}
