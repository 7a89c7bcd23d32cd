package org.sunshine.platform.cases;

/** 案件类别, as in the glossary. */
public enum CaseType {
  ARREST_REVIEW,
  PROSECUTION_REVIEW,
  APPEAL_REVIEW,
  CRIMINAL_PETITION,
  STATE_COMPENSATION,
  CIVIL_SUPERVISION,
  ADMINISTRATIVE_SUPERVISION,
  PUBLIC_INTEREST
}
