package org.sunshine.redaction;

/** What kind of private information a finding is. */
public enum Category {
  NAME,
  ID_NUMBER,
  BIRTH_DATE,
  AGE,
  ADDRESS,
  PHONE,
  BANK_ACCOUNT,
  EMAIL,
  WECHAT,
  QQ,
  PASSPORT,
  PLATE,
  CREDIT_CODE,
  HEALTH,
  MINOR_INFO,
  COMPANY_NAME
}
