/**
 * Documents (法律文书公开): legal documents attached to a case, redacted by the engine and reviewed span
 * by span by the handler, approved through the configured chain, published as an immutable public
 * page and PDF, withheld with a recorded reason, withdrawn or corrected with a public log.
 */
@ApplicationModule(
    displayName = "Documents",
    allowedDependencies = {
      "approval",
      "audit",
      "cases",
      "infrastructure",
      "notifications",
      "organisation",
      "publication",
      "texts"
    })
package org.sunshine.platform.documents;

import org.springframework.modulith.ApplicationModule;
