/**
 * Publication: the public read model, and the only thing public code reads. Documents and releases
 * run their workflows and, inside 案管's or the press office's publishing transaction, write here
 * what goes out: immutable published revisions of documents and releases, their public records
 * (unit, case reference, pin, withdrawal) and the public correction log. This module serves the
 * public document and release pages and the PDF, publishes the events search and transfer follow,
 * and exports and applies the replicas a public node is filled with (ADR 11, ADR 13). It references
 * no internal table, so a public node holds it alone.
 */
@ApplicationModule(
    displayName = "Publication",
    allowedDependencies = {"organisation", "texts"})
package org.sunshine.platform.publication;

import org.springframework.modulith.ApplicationModule;
