package org.sunshine.platform.audit;

/** Where an action came from ("四位一体" plus the staff console and machines). */
public enum Channel {
  CONSOLE,
  WEB,
  PHONE,
  KIOSK,
  WINDOW,
  API,
  SYSTEM
}
