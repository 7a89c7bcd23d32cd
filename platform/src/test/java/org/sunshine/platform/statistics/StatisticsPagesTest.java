package org.sunshine.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.documents.DocumentFixtures;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** The dashboard's figures and the lists behind them, as staff see them. */
@PlatformTest
class StatisticsPagesTest {

  private static final Pattern LINK =
      Pattern.compile("<a href=\"(/console/statistics/list\\?[^\"]+)\"[^>]*>(\\d+)</a>");
  private static final Pattern COUNT = Pattern.compile("共 (\\d+) 件");

  @Autowired MockMvc mvc;
  @Autowired DocumentFixtures fixtures;
  @Autowired LedgerRebuild rebuild;
  @Autowired Directory directory;

  @BeforeEach
  void someDocumentsAreDueAndOverdue() throws Exception {
    fixtures.anIndictment(fixtures.aCaseWith("盗窃罪", "赵四海:DEFENDANT"));
    fixtures.anIndictment(fixtures.aCase(true, false));
    rebuild.rebuild();
  }

  private String page(MockHttpSession s, String url) throws Exception {
    return mvc.perform(get(url).session(s))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void everyFigureOpensTheDocumentsBehindIt() throws Exception {
    MockHttpSession province = StaffLogin.login(mvc, "casemgmt.province");
    String month = YearMonth.now().toString();
    String dashboard = page(province, "/console/statistics?month=" + month);
    Map<String, Long> figures = new LinkedHashMap<>();
    Matcher m = LINK.matcher(dashboard);
    while (m.find()) {
      figures.put(m.group(1).replace("&amp;", "&"), Long.parseLong(m.group(2)));
    }
    assertThat(figures).hasSizeGreaterThan(20);
    assertThat(figures.values().stream().mapToLong(Long::longValue).sum()).isPositive();
    for (var f : figures.entrySet()) {
      Matcher count = COUNT.matcher(page(province, f.getKey()));
      assertThat(count.find()).as(f.getKey()).isTrue();
      assertThat(Long.parseLong(count.group(1))).as(f.getKey()).isEqualTo(f.getValue());
    }
  }

  @Test
  void theUnitsSumToTheProvince() throws Exception {
    MockHttpSession province = StaffLogin.login(mvc, "casemgmt.province");
    String dashboard = page(province, "/console/statistics");
    Matcher total = Pattern.compile("data-figure=\"DUE\">(\\d+)<").matcher(dashboard);
    assertThat(total.find()).isTrue();
    Matcher lines =
        Pattern.compile("figure=DUE&amp;own=(?:true|false)\">(\\d+)</a>").matcher(dashboard);
    long sum = 0;
    while (lines.find()) {
      sum += Long.parseLong(lines.group(1));
    }
    // The lines (each city with its counties, then the province's own) add up to the province.
    assertThat(sum).isPositive().isEqualTo(Long.parseLong(total.group(1)));
  }

  @Test
  void aListExportsToCsvAndXlsxWithTheSameLines() throws Exception {
    MockHttpSession s = StaffLogin.login(mvc, "casemgmt");
    String url = "/console/statistics/list%s?figure=DUE&own=true";
    Matcher count = COUNT.matcher(page(s, url.formatted("")));
    assertThat(count.find()).isTrue();
    long n = Long.parseLong(count.group(1));
    byte[] csv =
        mvc.perform(get(url.formatted(".csv")).session(s))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(csv, StandardCharsets.UTF_8).lines().count()).isEqualTo(n + 1);
    byte[] xlsx =
        mvc.perform(get(url.formatted(".xlsx")).session(s))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) n);
      assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("文号");
    }
  }

  @Test
  void aCountySeesNeitherTheProvinceNorAnotherCounty() throws Exception {
    MockHttpSession county = StaffLogin.login(mvc, "casemgmt");
    long province = directory.findByCode("140000").orElseThrow().id();
    mvc.perform(get("/console/statistics?unit=" + province).session(county))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/statistics/list?figure=DUE&unit=" + province).session(county))
        .andExpect(status().isForbidden());
    MockHttpSession handler = StaffLogin.login(mvc, "handler");
    mvc.perform(get("/console/statistics").session(handler)).andExpect(status().isForbidden());
  }

  @Test
  void aMonthThatIsNotAMonthIsRefused() throws Exception {
    MockHttpSession s = StaffLogin.login(mvc, "casemgmt");
    mvc.perform(get("/console/statistics?month=2026-13").session(s))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/console/statistics/list?figure=NOPE").session(s))
        .andExpect(status().isBadRequest());
  }
}
