package org.sunshine.redaction;

import java.util.List;
import java.util.regex.Pattern;

/** Licence plates for {@link Identifiers}, as people write them. */
final class Plates {

  /**
   * A plate as people write it: the province, the city letter, then 4–6 letters and digits (six on
   * a new-energy plate), with a middle dot, a dash or a space or two after the province or the
   * letter (苏 A5M27L, 冀F·8Q6B3, 粤B D12345), or one further on (鲁QD·35718, 粤B D 12345, a new-energy
   * plate split after its energy letter); I and O, which plates never carry, are accepted because
   * writers do not know that. At least one digit: no word is a plate.
   */
  static final String PLATE_SHAPE =
      "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇陇][ 　·•・.\\-]{0,2}[A-Z][ 　·•・.\\-]{0,2}"
          + "(?=[A-Z]{0,5}[ ·•・.\\-]?[A-Z]{0,5}\\d)[A-Z0-9](?:[ ·•・.\\-]?[A-Z0-9]){3,5}"
          + "[挂学警港澳领使]?(?![A-Za-z0-9])";

  static final Pattern PLATE = Pattern.compile(PLATE_SHAPE);

  /**
   * A fishing or river vessel's registration (桂北渔60317, 浙岱渔03215, 闽漳渔运12345, 川雷渔0137, 苏宿迁货2387):
   * the province, one to three characters of the port, 渔 (运/养/辅 after it) or the kind of a cargo,
   * passenger or tanker boat (货, 客, 油), and four or five digits; a boat is its owner's as a car is.
   * A quantity (货2000吨) or a year (苏北油2019年起) is no registration.
   */
  static final Pattern VESSEL =
      Pattern.compile(
          "[津沪冀辽鲁苏浙闽粤桂琼鄂湘赣皖黑吉渝川][\\p{IsHan}]{1,3}?(?:渔[运养辅]?|货|客|油)\\d{4,5}"
              + "(?![\\d吨元件箱个台辆斤克公千万米年月日余])");

  /** The labels a vehicle identification number follows. */
  static final List<String> VIN_LABELS = List.of("识别代号", "识别代码", "识别号", "车架号", "VIN");

  /**
   * A vehicle identification number (车辆识别代号, 车架号, VIN) after its label: seventeen letters and
   * digits, however a writer or a scan spaced them (LVGBV56 E3LG128741). A vehicle is its owner's
   * by its VIN as by its plate.
   */
  static final Pattern VIN =
      Pattern.compile(
          "(?:车辆识别代号|车辆识别代码|车辆识别号码?|车架号码?|VIN码?)(?:为|是)?[：:（(]?\\s*"
              + "([A-Z0-9](?:[ \\-]?[A-Z0-9]){16})(?![A-Za-z0-9])");

  private Plates() {}
}
