package org.sunshine.platform.notifications;

import java.util.Map;

/**
 * The port to WeChat's subscription messages (or a gateway in front of them). Throws {@link
 * Refused} when WeChat answers that the person does not accept the message (errcode 43101), so the
 * standby SMS goes instead; any other failure is retried like any delivery.
 */
interface WechatGateway {

  void send(String openid, String templateId, String page, Map<String, String> data);

  /** The person declined this template (or unsubscribed): send the standby SMS. */
  final class Refused extends RuntimeException {
    Refused(String detail) {
      super(detail);
    }
  }
}
