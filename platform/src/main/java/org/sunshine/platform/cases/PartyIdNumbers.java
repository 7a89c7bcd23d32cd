package org.sunshine.platform.cases;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.infrastructure.KeyedColumns;
import org.sunshine.platform.infrastructure.Keys;

/** Parties' ID numbers moved to the current key; those stored in clear before, encrypted. */
@Component
class PartyIdNumbers implements KeyedColumns {

  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final Keys keys;

  PartyIdNumbers(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  @Override
  public int rekey() {
    int changed = 0;
    long after = 0;
    while (true) {
      List<Row> rows =
          jdbc.sql(
                  """
                  select id, case_id, party_no, id_number from case_party
                  where id > ? and id_number not like ? order by id limit ?""")
              .params(after, keys.currentEncryptionKey() + ":%", BATCH)
              .query(
                  (rs, n) ->
                      new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
              .list();
      for (Row r : rows) {
        String moved =
            keys.reencrypted(r.idNumber(), CaseRows.idNumberContext(r.caseId(), r.partyNo()));
        changed +=
            jdbc.sql("update case_party set id_number = ? where id = ? and id_number = ?")
                .params(moved, r.id(), r.idNumber())
                .update();
      }
      if (rows.size() < BATCH) {
        return changed;
      }
      after = rows.get(rows.size() - 1).id();
    }
  }

  private record Row(long id, long caseId, String partyNo, String idNumber) {}
}
