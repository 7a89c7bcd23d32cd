package org.sunshine.platform.infrastructure;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.sunshine.platform.texts.Texts;

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: a value too long for its column, a character the
 * encoding cannot hold) are bad input that got past a form's checks: 400, never 500. Constraint
 * violations (class 23) are not input errors and stay what they are.
 */
final class BadData {

  static final String DETAIL = Texts.text("infrastructure.bad-data.detail");

  private BadData() {}

  static boolean isBadInput(DataIntegrityViolationException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState().startsWith("22");
      }
    }
    return false;
  }
}
