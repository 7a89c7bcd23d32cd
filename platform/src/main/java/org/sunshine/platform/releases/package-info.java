/**
 * Releases (重要案件信息发布): important case information drafted by the handling department, checked by
 * the redaction engine, approved through the approval module (escalating to the upper unit, or to
 * the top, for major, sensitive or supervised cases), published by the press office, pinned by
 * level until a date, and withdrawn only with a public reason.
 */
@ApplicationModule(
    displayName = "Releases",
    allowedDependencies = {"approval", "audit", "cases", "organisation", "publication", "texts"})
package org.sunshine.platform.releases;

import org.springframework.modulith.ApplicationModule;
