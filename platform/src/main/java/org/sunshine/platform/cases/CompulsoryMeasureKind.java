package org.sunshine.platform.cases;

/** 强制措施. */
enum CompulsoryMeasureKind {
  DETENTION,
  ARREST,
  BAIL,
  RESIDENTIAL_SURVEILLANCE,
  DESIGNATED_RESIDENCE_SURVEILLANCE
}
