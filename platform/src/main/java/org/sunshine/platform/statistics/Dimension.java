package org.sunshine.platform.statistics;

/** What a month's figures can be broken down by, besides the unit. */
enum Dimension {
  TYPE("e.doc_type"),
  DEPARTMENT("coalesce(e.department_id::text, '')"),
  HANDLER("e.handler");

  final String column;

  Dimension(String column) {
    this.column = column;
  }
}
