package org.sunshine.redaction;

/** One reason a document is refused, with the evidence found in the text. */
public record Refusal(RefusalReason reason, String evidence) {}
