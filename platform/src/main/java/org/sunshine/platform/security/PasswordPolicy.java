package org.sunshine.platform.security;

import org.springframework.stereotype.Component;

/** Minimum password strength for staff (等保 level 3: length and mixed character classes). */
@Component
class PasswordPolicy {

  static final int MIN_LENGTH = 10;

  void check(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("newPassword: 密码至少 " + MIN_LENGTH + " 位");
    }
    int classes = 0;
    classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    if (classes < 3) {
      throw new IllegalArgumentException("newPassword: 密码须包含大写字母、小写字母、数字、符号中的至少三类");
    }
  }
}
