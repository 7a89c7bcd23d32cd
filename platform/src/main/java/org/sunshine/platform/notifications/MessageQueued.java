package org.sunshine.platform.notifications;

/** A message was queued; within the module, it is tried at once after commit. */
record MessageQueued(long notificationId) {}
