package org.sunshine.platform.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunshine.platform.notifications.Message;
import org.sunshine.platform.notifications.MessageChannel;
import org.sunshine.platform.notifications.Notifications;
import org.sunshine.platform.organisation.Directory;

/**
 * Every reply is a document: its text from the bundle's reply template ({@code petitions.reply.*})
 * and the officer's words, kept with the petition (a PDF on request) and announced through
 * notifications. The announcement names neither the matter nor its kind (举报工作规定: nothing in an SMS
 * reveals it); an anonymous reporter is told nothing and reads the reply with code and password.
 */
@Component
class PetitionReplies {

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final PetitionRows rows;
  private final Notifications notifications;
  private final Directory directory;
  private final MessageSource messages;
  private final Clock clock;

  PetitionReplies(
      PetitionRows rows,
      Notifications notifications,
      Directory directory,
      MessageSource messages,
      Clock clock) {
    this.rows = rows;
    this.notifications = notifications;
    this.directory = directory;
    this.messages = messages;
    this.clock = clock;
  }

  /** Writes the reply of this kind (a template key suffix) with the officer's words, and tells. */
  long reply(PetitionRows.Row row, String kind, List<Object> args, String words, String by) {
    Petition p = row.petition();
    List<Object> all = new ArrayList<>();
    all.add(row.queryCode());
    all.addAll(args);
    String body = messages.getMessage("petitions.reply." + kind, all.toArray(), ZH);
    if (words != null && !words.isBlank()) {
      body = body + "\n" + words.strip();
    }
    String unit = directory.get(p.unitId).name();
    body = body + "\n" + unit + "\n" + LocalDate.now(clock);
    long id = rows.reply(p.id, kind, body, LocalDate.now(clock), by, clock.instant());
    tell(row, id);
    return id;
  }

  /**
   * Announces a reply to whoever can be reached, without naming the matter. A matter filed on the
   * public node is announced there, when the reply arrives.
   */
  void tell(PetitionRows.Row row, long replyId) {
    Petition p = row.petition();
    if (p.anonymous || p.filedOutside) {
      return;
    }
    String unit = directory.get(p.unitId).name();
    String recipient;
    String mobile;
    if (p.applicantId != null) {
      recipient = "applicant:" + p.applicantId;
      mobile = rows.petitioner(p.id).map(PetitionRows.PetitionerRow::mobile).orElse(null);
    } else {
      mobile = rows.petitioner(p.id).map(PetitionRows.PetitionerRow::mobile).orElse(null);
      if (mobile == null || mobile.isBlank()) {
        return;
      }
      recipient = "mobile:" + mobile;
    }
    Set<MessageChannel> channels =
        p.applicantId != null
            ? Set.of(MessageChannel.INBOX, MessageChannel.SMS)
            : Set.of(MessageChannel.SMS);
    notifications.send(
        new Message(
            "petition-reply:" + replyId,
            recipient,
            channels,
            mobile,
            null,
            "petition-reply",
            List.of(unit, row.queryCode()),
            p.applicantId != null ? "/petitions/mine/" + p.id : "/petitions/track",
            false,
            false,
            p.unitId));
  }
}
