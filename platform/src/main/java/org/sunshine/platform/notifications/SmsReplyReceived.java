package org.sunshine.platform.notifications;

import java.time.Instant;

/**
 * A person replied to an SMS (上行短信): the gateway forwarded the text sent from this mobile number.
 * Published after 退订/订阅 are applied; a module that asked a question by SMS (the satisfaction
 * survey) reads its answers from it.
 *
 * @param receivedAt when the gateway received it (a gateway may forward replies late)
 */
public record SmsReplyReceived(String mobile, String text, Instant receivedAt) {}
