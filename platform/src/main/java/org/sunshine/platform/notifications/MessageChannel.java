package org.sunshine.platform.notifications;

/** How a message reaches a person. */
public enum MessageChannel {
  /** A text message to a mobile number (through the SMS gateway). */
  SMS,
  /** An e-mail over SMTP. */
  EMAIL,
  /** The in-site inbox (我的消息): delivered when it is written. */
  INBOX,
  /**
   * A WeChat subscription message to the openid the person bound; an SMS stands by and goes instead
   * when WeChat refuses (the person declined, or never bound an account).
   */
  WECHAT
}
