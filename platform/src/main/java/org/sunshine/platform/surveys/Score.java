package org.sunshine.platform.surveys;

import org.sunshine.platform.texts.BadInput;

/** An answer on one dimension, numbered as the SMS asks: 1 满意, 2 基本满意, 3 不满意. */
enum Score {
  SATISFIED,
  BASICALLY_SATISFIED,
  DISSATISFIED;

  int number() {
    return ordinal() + 1;
  }

  static Score of(int number) {
    if (number < 1 || number > 3) {
      throw BadInput.at("score", "surveys.score.range", number);
    }
    return values()[number - 1];
  }
}
