package org.sunshine.platform.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals committed audit entries into a hash chain and verifies it (ADR 19). An entry's hash covers
 * the previous entry's hash and every field of the entry, so changing, deleting or reordering a
 * sealed entry breaks every hash after it. Entries are sealed in the order they become visible, not
 * by id: a long import may commit an older id after a newer one, and is sealed in a later run.
 */
@Component
class AuditChain {

  static final int BATCH = 5_000;

  /** One sealer at a time, across every instance sharing the database. */
  private static final long SEAL_LOCK = 0x5EA1_A0D1L;

  private static final byte[] GENESIS = new byte[32];
  private static final String FIELDS =
      "id, occurred_at, actor, actor_unit, action, subject_type, subject_id, detail, channel,"
          + " request_id, client_address, subject_unit, chain_seq, chain_hash";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  AuditChain(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Seals up to {@link #BATCH} committed entries not sealed yet; how many. An entry of a
   * transaction still running is invisible here and sealed by a later run.
   */
  @Transactional
  public int seal() {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(SEAL_LOCK).query().singleRow();
    Link head =
        jdbc.sql(
                "select chain_seq, chain_hash from audit_entry"
                    + " where chain_seq = (select max(chain_seq) from audit_entry)")
            .query((rs, n) -> new Link(rs.getLong(1), rs.getBytes(2)))
            .optional()
            .orElse(new Link(0, GENESIS));
    List<Entry> open =
        jdbc.sql(
                "select "
                    + FIELDS
                    + " from audit_entry where chain_seq is null order by id limit ?")
            .param(BATCH)
            .query(AuditChain::entry)
            .list();
    List<Object[]> seals = new ArrayList<>(open.size());
    long seq = head.seq();
    byte[] previous = head.hash();
    for (Entry e : open) {
      previous = hash(previous, e);
      seals.add(new Object[] {++seq, previous, e.id()});
    }
    if (!seals.isEmpty()) {
      batch.batchUpdate("update audit_entry set chain_seq = ?, chain_hash = ? where id = ?", seals);
    }
    return seals.size();
  }

  /** Walks the whole chain from its first entry and recomputes every hash. */
  @Transactional(readOnly = true)
  public ChainCheck verify() {
    byte[] previous = GENESIS;
    long expected = 1;
    while (true) {
      List<Entry> page =
          jdbc.sql(
                  "select "
                      + FIELDS
                      + " from audit_entry where chain_seq >= ? order by chain_seq limit ?")
              .params(expected, BATCH)
              .query(AuditChain::entry)
              .list();
      if (page.isEmpty()) {
        return ChainCheck.intact(expected - 1, unsealed(), hex(previous));
      }
      for (Entry e : page) {
        if (e.seq() == null || e.seq() != expected) {
          return ChainCheck.broken(expected - 1, expected, "missing", hex(previous));
        }
        byte[] verified = previous;
        previous = hash(previous, e);
        if (!Arrays.equals(previous, e.hash())) {
          return ChainCheck.broken(expected - 1, expected, "altered", hex(verified));
        }
        expected++;
      }
    }
  }

  private static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }

  private long unsealed() {
    return jdbc.sql("select count(*) from audit_entry where chain_seq is null")
        .query(Long.class)
        .single();
  }

  record Link(long seq, byte[] hash) {}

  record Entry(long id, Long seq, byte[] hash, Object[] fields) {}

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    long seq = rs.getLong("chain_seq");
    Long sealed = rs.wasNull() ? null : seq;
    Timestamp at = rs.getTimestamp("occurred_at");
    long micros = at.toInstant().getEpochSecond() * 1_000_000 + at.toInstant().getNano() / 1_000;
    Object subjectUnit = rs.getObject("subject_unit");
    Object[] common = {
      rs.getLong("id"),
      micros,
      rs.getString("actor"),
      rs.getObject("actor_unit"),
      rs.getString("action"),
      rs.getString("subject_type"),
      rs.getString("subject_id"),
      rs.getString("detail"),
      rs.getString("channel"),
      rs.getString("request_id"),
      rs.getString("client_address")
    };
    // The subject's unit came later (V35): hashed only when present, so every entry sealed before
    // it hashes as it did; present, it is covered like every other field.
    Object[] fields = common;
    if (subjectUnit != null) {
      fields = Arrays.copyOf(common, common.length + 1);
      fields[common.length] = subjectUnit;
    }
    return new Entry(rs.getLong("id"), sealed, rs.getBytes("chain_hash"), fields);
  }

  /**
   * SHA-256 over the previous hash and each field length-prefixed (a null as length -1), so no two
   * different entries are written the same way.
   */
  static byte[] hash(byte[] previous, Entry entry) {
    MessageDigest sha = sha256();
    sha.update(previous);
    for (Object field : entry.fields()) {
      if (field == null) {
        sha.update(ByteBuffer.allocate(4).putInt(-1).array());
      } else {
        byte[] bytes = field.toString().getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
      }
    }
    return sha.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
