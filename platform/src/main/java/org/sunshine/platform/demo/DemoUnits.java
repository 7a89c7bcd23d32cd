package org.sunshine.platform.demo;

import java.util.List;
import org.sunshine.platform.organisation.ProcuratorateLevel;

/**
 * The demo hierarchy: real unit names and GB/T 2260 division codes of 山西省; addresses and telephone
 * numbers are invented for the demo (the portal says so).
 */
final class DemoUnits {

  private DemoUnits() {}

  record Unit(
      String code,
      String name,
      String shortName,
      ProcuratorateLevel level,
      String parentCode,
      String divisionCode,
      String address,
      String postalCode,
      String phone) {}

  static final List<Unit> ALL =
      List.of(
          new Unit(
              "100000",
              "最高人民检察院",
              "最高检",
              ProcuratorateLevel.SUPREME,
              null,
              null,
              "北京市东城区北河沿大街147号",
              "100726",
              "12309"),
          new Unit(
              "140000",
              "山西省人民检察院",
              "山西省院",
              ProcuratorateLevel.PROVINCIAL,
              "100000",
              "140000",
              "山西省太原市小店区演示路1号",
              "030006",
              "0351-7000309"),
          city("140100", "太原市", "0351", "030002"),
          county("140105", "太原市小店区", "140100", "0351", "030032"),
          county("140106", "太原市迎泽区", "140100", "0351", "030001"),
          county("140107", "太原市杏花岭区", "140100", "0351", "030009"),
          county("140121", "太原市清徐县", "140100", "0351", "030400"),
          city("140200", "大同市", "0352", "037006"),
          county("140213", "大同市平城区", "140200", "0352", "037008"),
          county("140214", "大同市云冈区", "140200", "0352", "037001"),
          county("140221", "大同市阳高县", "140200", "0352", "038100"),
          city("140700", "晋中市", "0354", "030600"),
          county("140702", "晋中市榆次区", "140700", "0354", "030600"),
          county("140703", "晋中市太谷区", "140700", "0354", "030800"),
          county("140728", "晋中市平遥县", "140700", "0354", "031100"),
          city("141100", "吕梁市", "0358", "033000"),
          county("141102", "吕梁市离石区", "141100", "0358", "033000"),
          county("141122", "吕梁市交城县", "141100", "0358", "030500"),
          county("141124", "吕梁市临县", "141100", "0358", "033200"));

  private static Unit city(String code, String city, String areaCode, String postal) {
    return new Unit(
        code,
        city + "人民检察院",
        city.replace("市", "") + "市院",
        ProcuratorateLevel.MUNICIPAL,
        "140000",
        code,
        "山西省" + city + "演示大街" + code.substring(2, 4) + "号",
        postal,
        areaCode + "-" + code.substring(2, 4) + "12309");
  }

  private static Unit county(
      String code, String fullName, String parent, String areaCode, String postal) {
    String county = fullName.substring(fullName.indexOf('市') + 1);
    return new Unit(
        code,
        fullName + "人民检察院",
        county + "院",
        ProcuratorateLevel.COUNTY,
        parent,
        code,
        "山西省" + fullName + "演示路" + Integer.parseInt(code.substring(4)) + "号",
        postal,
        areaCode + "-" + code.substring(3) + "309");
  }

  /**
   * 内设机构 of every unit: the 2019 reform's numbered procuratorial departments and the support
   * offices.
   */
  static final List<String[]> DEPARTMENTS =
      List.of(
          new String[] {"第一检察部", "PROCURATORIAL"},
          new String[] {"第二检察部", "PROCURATORIAL"},
          new String[] {"案件管理部", "CASE_MANAGEMENT"},
          new String[] {"控告申诉检察部", "PETITIONS"},
          new String[] {"新闻宣传处", "PRESS"},
          new String[] {"检务督察部", "INSPECTION"},
          new String[] {"办公室", "OFFICE"});
}
