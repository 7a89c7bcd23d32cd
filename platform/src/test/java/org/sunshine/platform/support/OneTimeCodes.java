package org.sunshine.platform.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one-time codes the way an applicant does: from the text message sent to their mobile. */
public final class OneTimeCodes {

  private OneTimeCodes() {}

  /** The code in the last text message sent to this mobile, on the node with this database. */
  public static String lastSentTo(JdbcClient db, String mobile) {
    String sms =
        db.sql(
                "select body from notification where address = ? and channel = 'SMS' order by id desc limit 1")
            .param(mobile)
            .query(String.class)
            .single();
    return sms.replaceAll(".*验证码为 (\\d{6}).*", "$1");
  }
}
