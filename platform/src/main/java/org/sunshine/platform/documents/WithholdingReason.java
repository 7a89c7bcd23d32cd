package org.sunshine.platform.documents;

import org.sunshine.platform.texts.Texts;

/** Why a document is not published (2021 规定 第四条, RULES.md §1). */
public enum WithholdingReason {
  STATE_SECRET(Texts.text("documents.withholding-reason.state-secret"), true),
  COMMERCIAL_SECRET(Texts.text("documents.withholding-reason.commercial-secret"), false),
  PERSONAL_PRIVACY(Texts.text("documents.withholding-reason.personal-privacy"), false),
  MINOR_OFFENDER(Texts.text("documents.withholding-reason.minor-offender"), true),
  CRIME_AGAINST_MINOR(Texts.text("documents.withholding-reason.crime-against-minor"), true),
  PARTY_OBJECTION(Texts.text("documents.withholding-reason.party-objection"), false),
  NOT_PUBLISHABLE_TYPE(Texts.text("documents.withholding-reason.not-publishable-type"), true),
  OTHER_LAWFUL(Texts.text("documents.withholding-reason.other-lawful"), false);

  private final String label;
  private final boolean mandatory;

  WithholdingReason(String label, boolean mandatory) {
    this.label = label;
    this.mandatory = mandatory;
  }

  public String label() {
    return label;
  }

  /**
   * Reasons the law imposes (the handler records them); the others are judgments that a deputy
   * chief or the chief procurator decides.
   */
  public boolean mandatory() {
    return mandatory;
  }
}
