package org.sunshine.redaction;

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
   * A fishing or river vessel's registration (桂北渔60317, 浙岱渔03215, 闽漳渔运12345): the province, one or
   * two characters of the port, 渔 (运/养/辅 after it) and five digits; a boat is its owner's as a car
   * is.
   */
  static final Pattern VESSEL =
      Pattern.compile("[津沪冀辽鲁苏浙闽粤桂琼鄂湘赣皖黑吉渝川][\\p{IsHan}]{1,2}渔[运养辅]?\\d{5}(?!\\d)");

  private Plates() {}
}
