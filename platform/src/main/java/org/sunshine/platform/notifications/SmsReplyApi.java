package org.sunshine.platform.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.sunshine.platform.texts.Texts;

/**
 * 退订 by replying: the SMS gateway forwards a reply ({"mobile","text"}) with a bearer token set in
 * {@code sunshine.notifications.sms-inbound-token}. "TD" or 退订 declines optional SMS for every
 * person who receives messages at that number; "DY" or 订阅 consents again. Without a configured
 * token the endpoint answers 404. Service messages are not affected. Every reply is handed on
 * ({@link SmsReplyReceived}) to the module that asked a question (the satisfaction survey).
 */
@RestController
class SmsReplyApi {

  private static final Pattern RECEIPT_ID = Pattern.compile("^sunshine-(\\d+)(-\\d+)?$");
  private final InboundSms inbound;
  private final NotificationRows rows;
  private final String token;

  SmsReplyApi(
      InboundSms inbound,
      NotificationRows rows,
      @Value("${sunshine.notifications.sms-inbound-token:}") String token) {
    this.inbound = inbound;
    this.rows = rows;
    this.token = token;
  }

  /**
   * Delivery receipts: {"id": "sunshine-42", "status": "DELIVERED" | "FAILED", "detail": …}, the id
   * being the one the gateway was given (a segment's suffix is ignored).
   */
  @PostMapping("/api/import/sms-receipts")
  ResponseEntity<?> receipt(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody Map<String, String> receipt) {
    ResponseEntity<?> refusal = refusal(authorization);
    if (refusal != null) {
      return refusal;
    }
    Matcher id = RECEIPT_ID.matcher(receipt.getOrDefault("id", ""));
    if (!id.matches()) {
      return ResponseEntity.badRequest()
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.BAD_REQUEST,
                  "id: " + Texts.text("notifications.sms-reply-api.id.unknown")));
    }
    boolean delivered = "DELIVERED".equalsIgnoreCase(receipt.getOrDefault("status", ""));
    boolean matched = rows.receipt(Long.parseLong(id.group(1)), delivered, receipt.get("detail"));
    return ResponseEntity.ok(Map.of("matched", matched));
  }

  private ResponseEntity<?> refusal(String authorization) {
    if (token.isBlank()) {
      return ResponseEntity.notFound().build();
    }
    String presented = authorization == null ? "" : authorization.replaceFirst("^Bearer\\s+", "");
    if (!MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    return null;
  }

  /**
   * A reply ({"mobile","text"}, optionally "receivedAt" as an ISO instant when the gateway forwards
   * late): 退订/订阅 applied, then handed on through {@link InboundSms}.
   */
  @PostMapping("/api/import/sms-replies")
  ResponseEntity<?> reply(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody Map<String, String> reply) {
    ResponseEntity<?> refusal = refusal(authorization);
    if (refusal != null) {
      return refusal;
    }
    String mobile = reply.getOrDefault("mobile", "");
    if (!Addresses.valid(MessageChannel.SMS, mobile)) {
      return ResponseEntity.badRequest()
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.BAD_REQUEST,
                  "mobile: " + Texts.text("notifications.sms-reply-api.mobile.invalid")));
    }
    Instant receivedAt;
    try {
      receivedAt = reply.get("receivedAt") == null ? null : Instant.parse(reply.get("receivedAt"));
    } catch (DateTimeParseException e) {
      return ResponseEntity.badRequest()
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.BAD_REQUEST,
                  "receivedAt: " + Texts.text("notifications.sms-reply-api.received-at.format")));
    }
    Boolean consents = inbound.received(mobile, reply.getOrDefault("text", ""), receivedAt);
    if (consents == null) {
      return ResponseEntity.ok(Map.of("understood", false));
    }
    return ResponseEntity.ok(Map.of("understood", true, "consents", consents));
  }
}
