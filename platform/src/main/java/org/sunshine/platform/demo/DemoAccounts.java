package org.sunshine.platform.demo;

import java.util.List;
import java.util.Set;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Role;

/**
 * One demo account per role, plus administrators at each level to show data scope. Names are
 * invented.
 */
final class DemoAccounts {

  private DemoAccounts() {}

  /** Printed at start-up in the demo profile only; never used outside it. */
  static final String PASSWORD = "Sunshine-2026";

  record Account(
      String username,
      String name,
      String unitCode,
      String department,
      Set<Role> roles,
      DataScope scope,
      String purpose) {}

  static final List<Account> ALL =
      List.of(
          new Account(
              "admin",
              "王建国",
              "140000",
              "办公室",
              Set.of(Role.ADMINISTRATOR),
              DataScope.UNIT_AND_SUBORDINATES,
              "省院系统管理员（全省账户）"),
          new Account(
              "admin.taiyuan",
              "赵丽华",
              "140100",
              "办公室",
              Set.of(Role.ADMINISTRATOR),
              DataScope.UNIT_AND_SUBORDINATES,
              "太原市院系统管理员（本市）"),
          new Account(
              "admin.xiaodian",
              "孙志刚",
              "140105",
              "办公室",
              Set.of(Role.ADMINISTRATOR),
              DataScope.OWN_UNIT,
              "小店区院系统管理员（本院）"),
          new Account(
              "handler",
              "李明轩",
              "140105",
              "第一检察部",
              Set.of(Role.CASE_HANDLER),
              DataScope.OWN_UNIT,
              "承办检察官"),
          new Account(
              "depthead",
              "陈志远",
              "140105",
              "第一检察部",
              Set.of(Role.DEPARTMENT_HEAD),
              DataScope.OWN_UNIT,
              "部门负责人"),
          new Account(
              "deputy",
              "刘振华",
              "140105",
              null,
              Set.of(Role.DEPUTY_CHIEF),
              DataScope.OWN_UNIT,
              "分管副检察长"),
          new Account(
              "chief",
              "张正平",
              "140105",
              null,
              Set.of(Role.CHIEF_PROCURATOR),
              DataScope.OWN_UNIT,
              "检察长"),
          new Account(
              "casemgmt",
              "周晓燕",
              "140105",
              "案件管理部",
              Set.of(Role.CASE_MANAGEMENT),
              DataScope.OWN_UNIT,
              "案件管理部门"),
          new Account(
              "press",
              "吴静怡",
              "140100",
              "新闻宣传处",
              Set.of(Role.PRESS_OFFICE),
              DataScope.UNIT_AND_SUBORDINATES,
              "新闻宣传部门"),
          new Account(
              "kongshen",
              "郑国强",
              "140105",
              "控告申诉检察部",
              Set.of(Role.PETITIONS_OFFICE),
              DataScope.OWN_UNIT,
              "控告申诉检察部门"),
          new Account(
              "inspector",
              "冯秀兰",
              "140000",
              "检务督察部",
              Set.of(Role.INSPECTOR),
              DataScope.UNIT_AND_SUBORDINATES,
              "检务督察（只读）"),
          new Account(
              "casemgmt.province",
              "韩卫东",
              "140000",
              "案件管理部",
              Set.of(Role.CASE_MANAGEMENT),
              DataScope.UNIT_AND_SUBORDINATES,
              "省院案件管理部门"));
}
