package org.sunshine.platform.petitions;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.infrastructure.KeyedColumns;
import org.sunshine.platform.infrastructure.Keys;

/** Petitioners' ID numbers moved to the current key; those stored in clear before, encrypted. */
@Component
class PetitionerIdNumbers implements KeyedColumns {

  private final JdbcClient jdbc;
  private final Keys keys;

  PetitionerIdNumbers(JdbcClient jdbc, Keys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  @Override
  public int rekey() {
    int changed = 0;
    var rows =
        jdbc.sql(
                """
                select petition_id, id_number from petitioner
                where id_number <> '' and id_number not like ?""")
            .param(keys.currentEncryptionKey() + ":%")
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
            .list();
    for (var r : rows) {
      String moved = keys.reencrypted(r.getValue(), PetitionRows.idNumberContext(r.getKey()));
      changed +=
          jdbc.sql("update petitioner set id_number = ? where petition_id = ? and id_number = ?")
              .params(moved, r.getKey(), r.getValue())
              .update();
    }
    return changed;
  }
}
