package org.sunshine.platform.transfer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format's own JSON mapper: packages must read the same on both nodes whatever the web
 * layer's JSON settings are, so they do not share the application's mapper.
 */
final class TransferJson {

  static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  private TransferJson() {}
}
