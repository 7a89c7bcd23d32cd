package org.sunshine.platform.access;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.infrastructure.KeyedColumns;
import org.sunshine.platform.infrastructure.Keys;

/**
 * The ID-number hashes of applications and grants moved to the current key (ADR 27): a plain
 * SHA-256 from before keys existed becomes the HMAC of that hash; a keyed one gains the new key on
 * top, so nobody's ID number is needed and the old value's key stays in its key list.
 */
@Component
class KeyedIdHashes implements KeyedColumns {

  private static final int BATCH = 500;
  private static final List<String> TABLES = List.of("access_application", "case_access_grant");

  private final JdbcClient jdbc;
  private final Keys keys;

  KeyedIdHashes(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  @Override
  public int rekey() {
    int changed = 0;
    for (String table : TABLES) {
      changed += rekey(table, keys.currentHashKey());
    }
    return changed;
  }

  private int rekey(String table, String current) {
    int changed = 0;
    long after = 0;
    while (true) {
      List<Row> rows =
          jdbc.sql(
                  "select id, id_number_hash from "
                      + table
                      + " where id > ? and id_number_hash not like ? and id_number_hash not like ?"
                      + " order by id limit ?")
              .params(after, current + ":%", "%." + current + ":%", BATCH)
              .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
              .list();
      for (Row r : rows) {
        String keyed = keys.rekeyedHash(r.hash());
        if (!keyed.equals(r.hash())) {
          // Changed only from the value read: a second instance doing the same changes nothing.
          changed +=
              jdbc.sql(
                      "update "
                          + table
                          + " set id_number_hash = ? where id = ? and id_number_hash = ?")
                  .params(keyed, r.id(), r.hash())
                  .update();
        }
      }
      if (rows.size() < BATCH) {
        return changed;
      }
      after = rows.get(rows.size() - 1).id();
    }
  }

  private record Row(long id, String hash) {}
}
