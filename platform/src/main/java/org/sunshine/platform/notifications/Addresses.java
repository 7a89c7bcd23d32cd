package org.sunshine.platform.notifications;

import java.util.regex.Pattern;

/** Whether an address can receive on its channel; a bad one is recorded, never sent to. */
final class Addresses {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private Addresses() {}

  static boolean valid(MessageChannel channel, String address) {
    return switch (channel) {
      case SMS -> address != null && MOBILE.matcher(address).matches();
      case EMAIL -> address != null && address.length() <= 200 && EMAIL.matcher(address).matches();
      case INBOX -> true;
      case WECHAT -> address != null && !address.isBlank() && address.length() <= 64;
    };
  }
}
