package org.sunshine.platform.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for staff accounts and their roles. */
@Repository
class StaffAccountRows {

  private static final String SELECT =
      """
      select a.id, a.username, a.display_name, a.procuratorate_id, a.department_id, a.data_scope, a.enabled,
             a.created_at, p.name as unit_name, d.name as department_name,
             array(select r.role from staff_account_role r where r.account_id = a.id order by r.role) as roles
      from staff_account a
      join procuratorate p on p.id = a.procuratorate_id
      left join department d on d.id = a.department_id
      """;

  private final JdbcClient jdbc;

  StaffAccountRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StaffAccount> byUsername(String username) {
    return jdbc.sql(SELECT + " where a.username = ?")
        .param(username)
        .query(StaffAccountRows::map)
        .optional();
  }

  Optional<StaffAccount> byId(long id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(StaffAccountRows::map).optional();
  }

  List<StaffAccount> inUnits(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT + " where a.procuratorate_id in (:units) order by p.sort_order, p.code, a.id")
        .param("units", unitIds)
        .query(StaffAccountRows::map)
        .list();
  }

  /** Display names of the given login names, in one query (names unknown here are left out). */
  Map<String, String> displayNames(Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    if (usernames.isEmpty()) {
      return names;
    }
    jdbc.sql("select username, display_name from staff_account where username in (:names)")
        .param("names", usernames)
        .query(
            rs -> {
              names.put(rs.getString(1), rs.getString(2));
            });
    return names;
  }

  boolean usernameTaken(String username) {
    return jdbc.sql("select count(*) from staff_account where username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(NewStaffAccount command, Instant now) {
    long id =
        jdbc.sql(
                """
                insert into staff_account (username, display_name, procuratorate_id, department_id, data_scope,
                                           enabled, created_at)
                values (?, ?, ?, ?, ?, true, ?) returning id""")
            .params(
                command.username(),
                command.displayName(),
                command.unitId(),
                command.departmentId(),
                command.dataScope().name(),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    replaceRoles(id, command.roles());
    return id;
  }

  void update(StaffAccount account) {
    jdbc.sql("update staff_account set enabled = ?, data_scope = ? where id = ?")
        .params(account.enabled(), account.dataScope().name(), account.id())
        .update();
    replaceRoles(account.id(), account.roles());
  }

  private void replaceRoles(long accountId, Set<Role> roles) {
    jdbc.sql("delete from staff_account_role where account_id = ?").param(accountId).update();
    for (Role role : roles) {
      jdbc.sql("insert into staff_account_role (account_id, role) values (?, ?)")
          .params(accountId, role.name())
          .update();
    }
  }

  private static StaffAccount map(ResultSet rs, int row) throws SQLException {
    long department = rs.getLong("department_id");
    Long departmentId = rs.wasNull() ? null : department;
    Array array = rs.getArray("roles");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet()));
    return new StaffAccount(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getLong("procuratorate_id"),
        rs.getString("unit_name"),
        departmentId,
        rs.getString("department_name"),
        roles,
        DataScope.valueOf(rs.getString("data_scope")),
        rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant());
  }
}
