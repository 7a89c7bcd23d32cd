package org.sunshine.platform.cases;

/** 当事人 and 诉讼参与人 roles of a case record. */
public enum PartyRole {
  SUSPECT,
  DEFENDANT,
  NON_PROSECUTED_PERSON,
  VICTIM,
  PETITIONER,
  WITNESS;

  /**
   * The accused have a procedural record of their own (the upstream system keys them by suspect
   * number).
   */
  public boolean accused() {
    return this == SUSPECT || this == DEFENDANT || this == NON_PROSECUTED_PERSON;
  }
}
