package org.sunshine.platform.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP when {@code spring.mail.host} is set; without it, e-mails are logged and kept in
 * the outbox, like SMS without a gateway.
 */
@Component
class EmailSender {

  private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationProperties properties;

  EmailSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  void send(String to, String subject, String body) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.info(
          "E-mail to {} kept in the outbox (no spring.mail.host)",
          to.replaceAll("^[^@]{0,3}", "***"));
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(to);
    message.setSubject(subject);
    message.setText(body);
    sender.send(message);
  }
}
