package org.sunshine.redaction;

import java.util.List;

/**
 * The departments of a people's government under their official names (人力资源和社会保障局, 住房和城乡建设局,
 * 劳动保障监察大队): public bodies, kept with the place before them at every level — province, prefecture,
 * 盟, county or 旗 (四子王旗住房和城乡建设局). A list, not a pattern of any word before 局, so that an address
 * under a town (某镇粮站家属院) is never read as a body.
 */
final class Departments {

  private static final List<String> STEMS =
      List.of(
          "人力资源和社会保障",
          "人力资源社会保障",
          "住房和城乡建设",
          "住房城乡建设",
          "自然资源和规划",
          "自然资源",
          "国土资源",
          "生态环境",
          "环境保护",
          "交通运输",
          "农业农村",
          "水利",
          "水务",
          "教育体育",
          "教育",
          "民政",
          "财政",
          "文化和旅游",
          "文化广电和旅游",
          "文化广电旅游",
          "卫生健康",
          "林业和草原",
          "林业",
          "城市管理",
          "城市管理和综合执法",
          "综合行政执法",
          "医疗保障",
          "退役军人事务",
          "审计",
          "统计",
          "商务",
          "发展和改革",
          "工业和信息化",
          "科学技术",
          "粮食和物资储备",
          "乡村振兴",
          "信访",
          "行政审批",
          "民族宗教事务",
          "国有资产监督管理",
          "畜牧兽医",
          "农牧",
          "人民防空",
          "地方金融监督管理",
          "劳动保障监察",
          "劳动监察",
          "城乡规划",
          "规划");

  /** A stem and the kind of body (局, 委员会, 厅, or the 大队/支队 of an inspectorate). */
  static final String PATTERN = "(?:" + String.join("|", STEMS) + ")(?:局|委员会|厅|大队|支队)";

  private Departments() {}
}
