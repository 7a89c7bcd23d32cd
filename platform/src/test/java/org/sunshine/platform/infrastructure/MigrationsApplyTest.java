package org.sunshine.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class MigrationsApplyTest {

  @Autowired JdbcClient jdbc;

  @Test
  void everyMigrationAppliesToARealPostgresql() {
    List<Boolean> success =
        jdbc.sql("select success from flyway_schema_history where version is not null")
            .query(Boolean.class)
            .list();
    assertThat(success).hasSizeGreaterThanOrEqualTo(4).containsOnly(true);
    String version = jdbc.sql("show server_version").query(String.class).single();
    assertThat(version).startsWith("18.");
  }

  @Test
  void hierarchyRejectsAUnitWithoutParentUnlessSupreme() {
    assertThat(
            jdbc.sql("select count(*) from procuratorate where parent_id is null")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
