/**
 * Cross-cutting runtime pieces every node needs: the embedded PostgreSQL, start-up checks, request
 * ids and error pages. No business rules live here and no other module calls into it.
 */
@ApplicationModule(
    displayName = "Infrastructure",
    allowedDependencies = {"texts"})
package org.sunshine.platform.infrastructure;

import org.springframework.modulith.ApplicationModule;
