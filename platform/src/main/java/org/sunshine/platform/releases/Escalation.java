package org.sunshine.platform.releases;

/**
 * How far up a release's approval goes (第十三、十四条): its own unit; also the upper unit (major,
 * sensitive, or supervised by the upper unit); up to the supreme procuratorate (national impact).
 */
public enum Escalation {
  NONE,
  UPPER,
  SUPREME
}
