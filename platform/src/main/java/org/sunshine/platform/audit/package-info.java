/**
 * Audit: an append-only log of staff actions and of every view of personal data, with the channel
 * it came through. Written in the caller's transaction so an action and its record commit together.
 */
@ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {"texts"})
package org.sunshine.platform.audit;

import org.springframework.modulith.ApplicationModule;
