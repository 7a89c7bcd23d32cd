package org.sunshine.platform.organisation;

/** The four levels of the hierarchy; an upper level sees and corrects the levels below it. */
public enum ProcuratorateLevel {
  SUPREME,
  PROVINCIAL,
  MUNICIPAL,
  COUNTY
}
