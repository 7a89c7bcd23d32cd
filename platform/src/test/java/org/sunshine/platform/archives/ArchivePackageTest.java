package org.sunshine.platform.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.audit.AuditLog;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.DataScope;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.organisation.Role;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;
import org.sunshine.platform.support.TestAccounts;

/** 立卷: a quarter's package lists every file with its hash, never changes, and stays in its unit. */
@PlatformTest
class ArchivePackageTest {

  @Autowired ArchivePackages packages;
  @Autowired ArchiveRows rows;
  @Autowired DocumentFixtures fixtures;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AuditLog audit;

  private final Quarter thisQuarter = Quarter.of(LocalDate.now());

  private long publishedIndictment() throws IOException {
    long id = fixtures.anIndictment(fixtures.aCaseWith("盗窃罪", "钱卫东:DEFENDANT"));
    fixtures.submitAndApprove(id, "depthead", "deputy", "casemgmt");
    return id;
  }

  private long generate(long unitId) {
    return packages.generate(unitId, thisQuarter, "test", (done, total) -> done);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  @Test
  void aQuarterlyPackageListsEveryFileWithItsHash() throws Exception {
    long doc = publishedIndictment();
    long unit = fixtures.unitOf(doc);
    String number = fixtures.numberOf(doc);
    long id = generate(unit);

    Map<String, byte[]> files = unzip(rows.zip(id));
    String manifest = new String(files.get(ArchiveZip.MANIFEST), StandardCharsets.UTF_8);
    Map<String, String> listed = new LinkedHashMap<>();
    manifest
        .lines()
        .filter(l -> !l.startsWith("#"))
        .forEach(
            l -> {
              String[] p = l.split("  ", 3);
              assertThat(Integer.parseInt(p[1])).as(p[2]).isEqualTo(files.get(p[2]).length);
              listed.put(p[2], p[0]);
            });
    // Every file but the manifest and its hash is listed, with the SHA-256 recomputed here.
    assertThat(listed.keySet())
        .containsExactlyInAnyOrderElementsOf(
            files.keySet().stream()
                .filter(f -> !f.equals(ArchiveZip.MANIFEST) && !f.equals(ArchiveZip.MANIFEST_HASH))
                .toList());
    listed.forEach(
        (path, sha) -> assertThat(Hashes.sha256(files.get(path))).as(path).isEqualTo(sha));
    String manifestSha = Hashes.sha256(files.get(ArchiveZip.MANIFEST));
    assertThat(new String(files.get(ArchiveZip.MANIFEST_HASH), StandardCharsets.UTF_8))
        .startsWith(manifestSha);
    ArchiveRows.Package p = rows.find(id).orElseThrow();
    assertThat(p.manifestSha256()).isEqualTo(manifestSha);
    assertThat(p.zipSha256()).isEqualTo(Hashes.sha256(rows.zip(id)));
    assertThat(p.fileCount()).isEqualTo(listed.size());

    // The published document is in it, as a PDF/A file, with the list of files and the statistics.
    assertThat(listed.keySet())
        .anyMatch(f -> f.startsWith("01-") && f.contains(number.replace("/", "_")))
        .anyMatch(f -> f.startsWith("00-"))
        .anyMatch(f -> f.startsWith("03-"));
    listed.keySet().forEach(f -> assertThat(f).endsWith(".pdf"));
    String pdf =
        new String(
            files.get(listed.keySet().stream().filter(f -> f.startsWith("01-")).findFirst().get()),
            StandardCharsets.ISO_8859_1);
    assertThat(pdf).startsWith("%PDF-").contains("pdfaid:part>2<").contains("/OutputIntents");
  }

  @Test
  void aGeneratedPackageNeverChanges() throws Exception {
    long doc = publishedIndictment();
    long unit = fixtures.unitOf(doc);
    long first = generate(unit);
    ArchiveRows.Package before = rows.find(first).orElseThrow();
    byte[] bytes = rows.zip(first);

    assertThatThrownBy(
            () ->
                jdbc.sql("update archive_package set file_count = 0 where id = ?")
                    .param(first)
                    .update())
        .hasMessageContaining("immutable");
    assertThatThrownBy(
            () -> jdbc.sql("delete from archive_package where id = ?").param(first).update())
        .hasMessageContaining("immutable");

    // More is disclosed; generating again makes the next revision and leaves the first as it was.
    publishedIndictment();
    long second = generate(unit);
    ArchiveRows.Package after = rows.find(second).orElseThrow();
    assertThat(after.revision()).isEqualTo(before.revision() + 1);
    assertThat(after.fileCount()).isEqualTo(before.fileCount() + 1);
    assertThat(after.manifestSha256()).isNotEqualTo(before.manifestSha256());
    assertThat(rows.find(first)).contains(before);
    assertThat(rows.zip(first)).isEqualTo(bytes);
    // A document already archived is the same file, byte for byte, in the new revision.
    Map<String, byte[]> was = unzip(bytes);
    Map<String, byte[]> now = unzip(rows.zip(second));
    assertThat(was.keySet().stream().filter(f -> f.startsWith("01-")))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(now.get(f)).isEqualTo(was.get(f)));
  }

  @Test
  void aCountyCannotDownloadAnotherCountysArchive() throws Exception {
    long xiaodian = directory.findByCode("140105").orElseThrow().id();
    long id = generate(xiaodian);
    String yingze = accounts.open("140106", Role.CASE_MANAGEMENT, DataScope.OWN_UNIT);
    String own = accounts.open("140105", Role.CASE_MANAGEMENT, DataScope.OWN_UNIT);
    String city = accounts.open("140100", Role.CASE_MANAGEMENT, DataScope.UNIT_AND_SUBORDINATES);
    String url = "/console/archives/packages/" + id + ".zip";

    MockHttpSession other = StaffLogin.login(mvc, yingze, TestAccounts.PASSWORD);
    mvc.perform(get(url).session(other)).andExpect(status().isNotFound());
    assertThat(audit.countByActor(yingze, "DOWNLOAD_ARCHIVE_PACKAGE")).isZero();

    for (String who : new String[] {own, city}) {
      MockHttpSession s = StaffLogin.login(mvc, who, TestAccounts.PASSWORD);
      byte[] zip =
          mvc.perform(get(url).session(s))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      assertThat(Hashes.sha256(zip)).isEqualTo(rows.find(id).orElseThrow().zipSha256());
      assertThat(audit.countByActor(who, "DOWNLOAD_ARCHIVE_PACKAGE")).isEqualTo(1);
    }
  }
}
