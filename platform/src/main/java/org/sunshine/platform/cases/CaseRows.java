package org.sunshine.platform.cases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunshine.platform.infrastructure.Keys;

/** SQL for cases, parties, events and measures. */
@Repository
class CaseRows {

  record CaseRow(
      long id,
      String caseNumber,
      long unitId,
      CaseType caseType,
      String charge,
      String caseTeam,
      String procurator,
      LocalDate acceptedOn,
      boolean secret,
      boolean complex,
      long version) {}

  record PartyRow(
      long id,
      long caseId,
      String partyNo,
      String name,
      PartyRole role,
      String idNumber,
      LocalDate birthDate,
      String nationality,
      String officialRank,
      LocalDate offenceOn) {}

  private static final String CASE_COLUMNS =
      "c.id, c.case_number, c.procuratorate_id, c.case_type, c.charge, c.case_team, c.procurator,"
          + " c.accepted_on, c.secret, c.complex, c.upstream_version";

  private final JdbcClient jdbc;

  private final Keys keys;

  CaseRows(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  /** A party's ID number is stored encrypted, bound to its party (ADR 27). */
  static String idNumberContext(long caseId, String partyNo) {
    return "case_party.id_number:" + caseId + ":" + partyNo;
  }

  Optional<CaseRow> byNumber(String caseNumber) {
    return jdbc.sql("select " + CASE_COLUMNS + " from criminal_case c" + " where c.case_number = ?")
        .param(caseNumber)
        .query(CaseRows::mapCase)
        .optional();
  }

  /**
   * The case row locked until the transaction ends, so two imports of one case apply in version
   * order.
   */
  Optional<CaseRow> byNumberForUpdate(String caseNumber) {
    Optional<Long> id =
        jdbc.sql("select id from criminal_case where case_number = ? for update")
            .param(caseNumber)
            .query(Long.class)
            .optional();
    return id.flatMap(this::byId);
  }

  /** The case's revision (V7), or empty for an unknown case. */
  Optional<Long> revision(long id) {
    return jdbc.sql("select revision from criminal_case where id = ?")
        .param(id)
        .query(Long.class)
        .optional();
  }

  Optional<CaseRow> byId(long id) {
    return jdbc.sql("select " + CASE_COLUMNS + " from criminal_case c" + " where c.id = ?")
        .param(id)
        .query(CaseRows::mapCase)
        .optional();
  }

  List<CaseRow> inUnits(Collection<Long> units, String numberLike, int limit) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + CASE_COLUMNS
                + " from criminal_case c"
                + " where c.procuratorate_id in (:units) and (:q = '' or c.case_number like '%' || :q || '%'"
                + " or c.charge like '%' || :q || '%') order by c.accepted_on desc nulls last, c.id desc limit :limit")
        .param("units", units)
        .param("q", numberLike == null ? "" : numberLike.strip())
        .param("limit", limit)
        .query(CaseRows::mapCase)
        .list();
  }

  long insertCase(ImportRecords.CaseRecord r, long unitId, Instant now) {
    return jdbc.sql(
            """
            insert into criminal_case (case_number, procuratorate_id, case_type, charge, case_team, procurator,
                                       accepted_on, secret, complex, upstream_version, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            r.caseNumber(),
            unitId,
            r.caseType().name(),
            r.charge(),
            r.caseTeam(),
            r.procurator(),
            date(r.acceptedOn()),
            r.secret(),
            r.complex(),
            r.version(),
            Timestamp.from(now),
            Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  void updateCase(long id, ImportRecords.CaseRecord r, long unitId, Instant now) {
    jdbc.sql(
            """
            update criminal_case set procuratorate_id = ?, case_type = ?, charge = ?, case_team = ?, procurator = ?,
                   accepted_on = ?, secret = ?, complex = ?, upstream_version = ?, updated_at = ? where id = ?""")
        .params(
            unitId,
            r.caseType().name(),
            r.charge(),
            r.caseTeam(),
            r.procurator(),
            date(r.acceptedOn()),
            r.secret(),
            r.complex(),
            r.version(),
            Timestamp.from(now),
            id)
        .update();
  }

  void upsertParty(long caseId, ImportRecords.PartyData p) {
    jdbc.sql(
            """
            insert into case_party (case_id, party_no, name, role, id_number, birth_date, nationality, official_rank,
                                    plea_agreement, offence_on, mobile, reporter, key_witness)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (case_id, party_no) do update set name = excluded.name, role = excluded.role,
              id_number = excluded.id_number, birth_date = excluded.birth_date, nationality = excluded.nationality,
              official_rank = excluded.official_rank, plea_agreement = excluded.plea_agreement,
              offence_on = excluded.offence_on, mobile = excluded.mobile, reporter = excluded.reporter,
              key_witness = excluded.key_witness""")
        .params(
            caseId,
            p.partyNo(),
            p.name(),
            p.role().name(),
            p.idNumber() == null
                ? null
                : keys.encrypt(p.idNumber(), idNumberContext(caseId, p.partyNo())),
            date(p.birthDate()),
            p.nationality(),
            p.officialRank(),
            p.pleaAgreement(),
            date(p.offenceOn()),
            p.mobile(),
            p.reporter(),
            p.keyWitness())
        .update();
  }

  /** A party to tell their rights: who, and where (a mobile number). */
  record Reachable(long partyId, String mobile) {}

  /** Parties of the case with a mobile number who were not told their rights yet. */
  List<Reachable> notYetNotified(long caseId) {
    return jdbc.sql(
            """
            select p.id, p.mobile from case_party p
            where p.case_id = ? and p.mobile is not null
              and not exists (select 1 from rights_notice n where n.party_id = p.id)
            order by p.id""")
        .param(caseId)
        .query((rs, n) -> new Reachable(rs.getLong(1), rs.getString(2)))
        .list();
  }

  void notified(long partyId, long caseId, Instant at) {
    jdbc.sql(
            "insert into rights_notice (party_id, case_id, notified_at) values (?, ?, ?)"
                + " on conflict (party_id) do nothing")
        .params(partyId, caseId, Timestamp.from(at))
        .update();
  }

  List<PartyRow> parties(long caseId) {
    return jdbc.sql(
            "select id, case_id, party_no, name, role, id_number, birth_date, nationality, official_rank, offence_on"
                + " from case_party where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, n) ->
                new PartyRow(
                    rs.getLong("id"),
                    rs.getLong("case_id"),
                    rs.getString("party_no"),
                    rs.getString("name"),
                    PartyRole.valueOf(rs.getString("role")),
                    keys.decrypt(
                        rs.getString("id_number"),
                        idNumberContext(rs.getLong("case_id"), rs.getString("party_no"))),
                    local(rs, "birth_date"),
                    rs.getString("nationality"),
                    rs.getString("official_rank"),
                    local(rs, "offence_on")))
        .list();
  }

  /** Parties by id with their case's number, unit and revision. */
  List<CasePartyView> partyViews(Collection<Long> partyIds) {
    return jdbc.sql(
            """
            select p.case_id, p.id, c.case_number, p.name, c.procuratorate_id, c.revision
            from case_party p join criminal_case c on c.id = p.case_id where p.id = any(?)""")
        .param(partyIds.toArray(Long[]::new))
        .query(
            (rs, n) ->
                new CasePartyView(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getLong(6)))
        .list();
  }

  /** The revisions (V7) of the cases that exist among these ids. */
  Map<Long, Long> revisions(Collection<Long> caseIds) {
    return jdbc
        .sql("select id, revision from criminal_case where id = any(?)")
        .param(caseIds.toArray(Long[]::new))
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  Optional<EventView> event(long caseId, String upstreamId) {
    return jdbc.sql(
            "select id, event_type, occurred_on, detail, party_id from case_event"
                + " where case_id = ? and upstream_event_id = ?")
        .params(caseId, upstreamId)
        .query(CaseRows::mapEvent)
        .optional();
  }

  void insertEvent(
      long caseId,
      Long partyId,
      String upstreamId,
      CaseEventType type,
      LocalDate on,
      String detail,
      String by,
      Instant now) {
    jdbc.sql(
            """
            insert into case_event (case_id, party_id, upstream_event_id, event_type, occurred_on, detail,
                                    recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseId, partyId, upstreamId, type.name(), date(on), detail, by, Timestamp.from(now))
        .update();
  }

  List<EventView> events(long caseId) {
    return jdbc.sql(
            "select id, event_type, occurred_on, detail, party_id from case_event where case_id = ?"
                + " order by occurred_on, id")
        .param(caseId)
        .query(CaseRows::mapEvent)
        .list();
  }

  boolean insertMeasure(
      long caseId,
      long partyId,
      String upstreamId,
      CompulsoryMeasureKind kind,
      LocalDate from,
      LocalDate to) {
    return jdbc.sql(
                """
                insert into compulsory_measure (case_id, party_id, kind, started_on, ended_on, upstream_id)
                values (?, ?, ?, ?, ?, ?)
                on conflict (case_id, upstream_id) do update set ended_on = excluded.ended_on
                where excluded.ended_on is not null
                  and compulsory_measure.ended_on is distinct from excluded.ended_on""")
            .params(caseId, partyId, kind.name(), date(from), date(to), upstreamId)
            .update()
        > 0;
  }

  record MeasureRow(long partyId, MeasureView view) {}

  List<MeasureRow> measures(long caseId) {
    return jdbc.sql(
            "select party_id, kind, started_on, ended_on from compulsory_measure where case_id = ?"
                + " order by started_on, id")
        .param(caseId)
        .query(
            (rs, n) ->
                new MeasureRow(
                    rs.getLong("party_id"),
                    new MeasureView(
                        CompulsoryMeasureKind.valueOf(rs.getString("kind")),
                        local(rs, "started_on"),
                        local(rs, "ended_on"))))
        .list();
  }

  private static EventView mapEvent(ResultSet rs, int n) throws SQLException {
    long party = rs.getLong("party_id");
    Long partyId = rs.wasNull() ? null : party;
    return new EventView(
        rs.getLong("id"),
        CaseEventType.valueOf(rs.getString("event_type")),
        local(rs, "occurred_on"),
        rs.getString("detail"),
        partyId);
  }

  private static CaseRow mapCase(ResultSet rs, int n) throws SQLException {
    return new CaseRow(
        rs.getLong("id"),
        rs.getString("case_number"),
        rs.getLong("procuratorate_id"),
        CaseType.valueOf(rs.getString("case_type")),
        rs.getString("charge"),
        rs.getString("case_team"),
        rs.getString("procurator"),
        local(rs, "accepted_on"),
        rs.getBoolean("secret"),
        rs.getBoolean("complex"),
        rs.getLong("upstream_version"));
  }

  static LocalDate local(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  List<Long> allIds() {
    return jdbc.sql("select id from criminal_case order by id").query(Long.class).list();
  }
}
