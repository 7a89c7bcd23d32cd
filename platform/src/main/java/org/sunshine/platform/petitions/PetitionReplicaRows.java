package org.sunshine.platform.petitions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.infrastructure.Keys;

/** SQL for petitions crossing nodes; only this module's tables. */
@Repository
class PetitionReplicaRows {

  private final JdbcClient jdbc;

  private final Keys keys;

  PetitionReplicaRows(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  List<NewPetition.Scan> scans(long petitionId) {
    return jdbc.sql(
            "select file_name, content_type, content from petition_scan where petition_id = ? order by id")
        .param(petitionId)
        .query((rs, n) -> new NewPetition.Scan(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .list();
  }

  long insert(PetitionReplica r, Instant now) {
    long id =
        jdbc.sql(
                """
            insert into petition (unit_id, kind, channel, state, subject, body, case_number, document_id,
              query_code, password_hash, anonymous, confidential, received_on, complete_on, filed_outside,
              created_at, updated_at, withheld_type)
            values (?, ?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?) returning id""")
            .params(
                r.unitId(),
                r.kind(),
                r.channelOrOnline().name(),
                r.subject(),
                r.text(),
                r.caseNumber(),
                r.documentId(),
                r.queryCode(),
                r.passwordHash(),
                r.anonymous(),
                r.confidential(),
                Date.valueOf(r.receivedOn()),
                Date.valueOf(r.receivedOn()),
                Timestamp.from(now),
                Timestamp.from(now),
                r.withheldType())
            .query(Long.class)
            .single();
    if (!r.anonymous()) {
      jdbc.sql(
              "insert into petitioner (petition_id, name, mobile, id_number, address) values (?, ?, ?, ?, ?)")
          .params(
              id, r.name(), r.mobile(), PetitionRows.sealed(keys, id, r.idNumber()), r.address())
          .update();
    }
    for (NewPetition.Scan s : r.scans()) {
      jdbc.sql(
              """
              insert into petition_scan (petition_id, file_name, content_type, size_bytes, content, created_at)
              values (?, ?, ?, ?, ?, ?)""")
          .params(
              id,
              s.fileName(),
              s.contentType(),
              s.content().length,
              s.content(),
              Timestamp.from(now))
          .update();
    }
    jdbc.sql(
            "insert into petition_step (petition_id, occurred_at, actor, action, note) values (?, ?, 'transfer', 'RECEIVED_FROM_PUBLIC', null)")
        .params(id, Timestamp.from(now))
        .update();
    return id;
  }

  void applyState(long id, PetitionStateReplica s, Instant now) {
    jdbc.sql(
            """
            update petition set state = ?, received_on = ?, complete_on = ?, procedural_reply_on = ?,
              answered_on = ?, concluded_on = ?, extended = ?, outcome = ?, referred_to = ?, round = ?,
              updated_at = ?
            where id = ?""")
        .params(
            PetitionState.valueOf(s.state()).name(),
            Date.valueOf(s.receivedOn()),
            date(s.completeOn()),
            date(s.proceduralReplyOn()),
            date(s.answeredOn()),
            date(s.concludedOn()),
            s.extended(),
            s.outcome() == null ? null : Outcome.valueOf(s.outcome()).name(),
            s.referredTo(),
            s.round(),
            Timestamp.from(now),
            id)
        .update();
  }

  /** The reply's local id when it is new here; empty when it arrived before. */
  Optional<Long> insertReply(long petitionId, PetitionStateReplica.Reply r, Instant now) {
    return jdbc.sql(
            """
            insert into petition_reply (petition_id, kind, body, replied_on, created_at, created_by, origin_id)
            values (?, ?, ?, ?, ?, 'transfer', ?)
            on conflict (petition_id, origin_id) where origin_id is not null do nothing returning id""")
        .params(
            petitionId,
            r.kind(),
            r.body(),
            Date.valueOf(r.repliedOn()),
            Timestamp.from(now),
            r.originId())
        .query(Long.class)
        .optional();
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
