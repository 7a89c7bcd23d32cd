package org.sunshine.platform.access;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells an applicant by SMS how their application was answered, after the decision committed. */
@Component
class ApplicantNotices {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private final Applicants applicants;
  private final SmsGateway sms;
  private final MessageSource messages;

  ApplicantNotices(Applicants applicants, SmsGateway sms, MessageSource messages) {
    this.applicants = applicants;
    this.sms = sms;
    this.messages = messages;
  }

  @TransactionalEventListener
  void on(ApplicationAnswered answer) {
    String text = messages.getMessage("sms.application." + answer.status(), null, CHINESE);
    sms.send(applicants.mobile(answer.applicantId()), text);
  }
}
