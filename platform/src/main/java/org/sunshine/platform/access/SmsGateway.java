package org.sunshine.platform.access;

/**
 * The port to an SMS gateway, the one true external edge. The default adapter keeps messages in an
 * outbox (visible in the console for the demo); {@code sunshine.sms.http.url} switches to a real
 * gateway over HTTP.
 */
interface SmsGateway {

  void send(String mobile, String text);
}
