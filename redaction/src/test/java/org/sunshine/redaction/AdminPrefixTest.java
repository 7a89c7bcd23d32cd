package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminPrefixTest {

  @ParameterizedTest(name = "{0} keeps {1}")
  @CsvSource({
    "河南省安阳市滑县留固镇东孔庄村128号, 河南省安阳市滑县",
    "新疆维吾尔自治区喀什地区疏附县吾库萨克镇托万村2组31号, 新疆维吾尔自治区喀什地区疏附县",
    "四川省凉山彝族自治州西昌市长安街道胜利路46号, 四川省凉山彝族自治州西昌市",
    "北京市房山区长阳镇稻田四里8号楼, 北京市房山区",
    "河南省新郑市新华路街道中华北路116号, 河南省新郑市",
    "广州市天河区棠下街道棠东毓桂大街二巷7号, 广州市天河区",
    "吴堡县宋家川街道后山村三区7号, 吴堡县",
    "东兴市东兴镇北仑大道东侧边贸商城3栋205号, 东兴市",
    "越南广宁省芒街市和乐坊第五区12号, 越南广宁省芒街市",
    "福建省厦门市思明区鼓浪屿街道龙头路216号, 福建省厦门市思明区",
    "内蒙古自治区锡林郭勒盟正蓝旗上都镇12号, 内蒙古自治区锡林郭勒盟正蓝旗",
    "江苏省镇江市京口区正东路街道1号, 江苏省镇江市京口区",
    "本村3组12号, ''"
  })
  void keepsTheAdministrativeChainDownToCountyLevel(String address, String kept) {
    assertThat(address.substring(0, AdminPrefix.end(address, 0))).isEqualTo(kept);
  }
}
