/**
 * Notifications: the one way the platform sends a message to a person. A module asks inside its own
 * transaction ({@link org.sunshine.platform.notifications.Notifications#send}); the message is
 * stored with the business change or not at all, and a worker delivers it after commit on its
 * channels — SMS and e-mail behind ports with working defaults, and the in-site inbox — with
 * retries, a dead-letter list in the console, and an idempotency key so nothing is sent twice.
 */
@ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = {"audit", "organisation", "texts"})
package org.sunshine.platform.notifications;

import org.springframework.modulith.ApplicationModule;
