package org.sunshine.platform.notifications;

import java.time.Instant;

/** One message of a person's in-site inbox (我的消息). */
public record InboxEntry(long id, String body, String link, Instant at, boolean read) {}
