package org.sunshine.platform.security;

import org.springframework.stereotype.Component;
import org.sunshine.platform.texts.BadInput;

/** Minimum password strength for staff (等保 level 3: length and mixed character classes). */
@Component
class PasswordPolicy {

  static final int MIN_LENGTH = 10;

  void check(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw BadInput.at("newPassword", "security.password-policy.length", MIN_LENGTH);
    }
    int classes = 0;
    classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    if (classes < 3) {
      throw BadInput.at("newPassword", "security.password-policy.classes");
    }
  }
}
