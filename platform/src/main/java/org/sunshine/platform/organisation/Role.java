package org.sunshine.platform.organisation;

/** Staff roles, named as in the glossary; a staff member may hold several. */
public enum Role {
  CASE_HANDLER,
  DEPARTMENT_HEAD,
  DEPUTY_CHIEF,
  CHIEF_PROCURATOR,
  CASE_MANAGEMENT,
  PRESS_OFFICE,
  PETITIONS_OFFICE,
  INSPECTOR,
  /** 系统管理员: manages accounts within their data scope; no case work. */
  ADMINISTRATOR
}
