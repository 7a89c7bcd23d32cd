package org.sunshine.platform.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the procuratorate hierarchy. */
@Repository
class ProcuratorateRows {

  private static final String COLUMNS =
      "id, code, name, short_name, level, parent_id, division_code, address, postal_code, service_phone";

  private final JdbcClient jdbc;

  ProcuratorateRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ProcuratorateView> all() {
    return jdbc.sql("select " + COLUMNS + " from procuratorate order by sort_order, code")
        .query(ProcuratorateRows::map)
        .list();
  }

  Optional<ProcuratorateView> byId(long id) {
    return jdbc.sql("select " + COLUMNS + " from procuratorate where id = ?")
        .param(id)
        .query(ProcuratorateRows::map)
        .optional();
  }

  Optional<ProcuratorateView> byCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from procuratorate where code = ?")
        .param(code)
        .query(ProcuratorateRows::map)
        .optional();
  }

  List<ProcuratorateView> children(long parentId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from procuratorate where parent_id = ? order by sort_order, code")
        .param(parentId)
        .query(ProcuratorateRows::map)
        .list();
  }

  /** The unit and every unit below it, at any depth. */
  Set<Long> selfAndDescendants(long id) {
    return jdbc
        .sql(
            """
            with recursive tree(id) as (
              select id from procuratorate where id = :id
              union all
              select p.id from procuratorate p join tree t on p.parent_id = t.id)
            select id from tree""")
        .param("id", id)
        .query(Long.class)
        .stream()
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The unit's chain of ancestors, from the top down, ending with the unit itself. */
  List<ProcuratorateView> pathTo(long id) {
    return jdbc.sql(
            """
            with recursive up(id, parent_id, depth) as (
              select id, parent_id, 0 from procuratorate where id = :id
              union all
              select p.id, p.parent_id, u.depth + 1 from procuratorate p join up u on p.id = u.parent_id)
            select p.id, p.code, p.name, p.short_name, p.level, p.parent_id, p.division_code, p.address,
                   p.postal_code, p.service_phone
            from up join procuratorate p on p.id = up.id order by up.depth desc""")
        .param("id", id)
        .query(ProcuratorateRows::map)
        .list();
  }

  long insert(NewProcuratorate unit) {
    return jdbc.sql(
            """
            insert into procuratorate (code, name, short_name, level, parent_id, division_code, address,
                                       postal_code, service_phone, sort_order)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (select coalesce(max(sort_order), 0) + 1 from procuratorate)) returning id""")
        .params(
            unit.code(),
            unit.name(),
            unit.shortName(),
            unit.level().name(),
            unit.parentId(),
            unit.divisionCode(),
            unit.address(),
            unit.postalCode(),
            unit.servicePhone())
        .query(Long.class)
        .single();
  }

  /** Writes a unit as another node has it: same id, same place in the order (a public node). */
  void replicate(ProcuratorateView u, int sortOrder) {
    jdbc.sql(
            """
            insert into procuratorate (id, code, name, short_name, level, parent_id, division_code, address,
                                       postal_code, service_phone, sort_order)
            overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (id) do update set code = excluded.code, name = excluded.name,
                short_name = excluded.short_name, level = excluded.level, parent_id = excluded.parent_id,
                division_code = excluded.division_code, address = excluded.address,
                postal_code = excluded.postal_code, service_phone = excluded.service_phone,
                sort_order = excluded.sort_order""")
        .params(
            u.id(),
            u.code(),
            u.name(),
            u.shortName(),
            u.level().name(),
            u.parentId(),
            u.divisionCode(),
            u.address(),
            u.postalCode(),
            u.servicePhone(),
            sortOrder)
        .update();
  }

  long insertDepartment(long unitId, String name, String kind) {
    return jdbc.sql(
            "insert into department (procuratorate_id, name, kind) values (?, ?, ?) returning id")
        .params(unitId, name, kind)
        .query(Long.class)
        .single();
  }

  long insertCaseTeam(long departmentId, String name) {
    return jdbc.sql("insert into case_team (department_id, name) values (?, ?) returning id")
        .params(departmentId, name)
        .query(Long.class)
        .single();
  }

  List<DepartmentView> departments(long unitId) {
    return jdbc.sql(
            "select id, procuratorate_id, name, kind from department where procuratorate_id = ? order by id")
        .param(unitId)
        .query(
            (rs, n) ->
                new DepartmentView(
                    rs.getLong("id"),
                    rs.getLong("procuratorate_id"),
                    rs.getString("name"),
                    rs.getString("kind")))
        .list();
  }

  List<String> caseTeams(long departmentId) {
    return jdbc.sql("select name from case_team where department_id = ? order by id")
        .param(departmentId)
        .query(String.class)
        .list();
  }

  private static ProcuratorateView map(ResultSet rs, int row) throws SQLException {
    return new ProcuratorateView(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("short_name"),
        ProcuratorateLevel.valueOf(rs.getString("level")),
        rs.getObject("parent_id", Long.class),
        rs.getString("division_code"),
        rs.getString("address"),
        rs.getString("postal_code"),
        rs.getString("service_phone"));
  }
}
