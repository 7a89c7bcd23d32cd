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
  COMPANY_NAME,
  /** An account on an online service other than WeChat and QQ (抖音号, 快手号, 游戏账号). */
  ONLINE_ACCOUNT
}
