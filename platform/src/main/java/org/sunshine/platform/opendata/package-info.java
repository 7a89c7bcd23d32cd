/**
 * Open data: the documented public JSON API (OpenAPI at {@code /api/openapi.yaml}), Atom feeds per
 * procuratorate and category, a JSON Lines export of everything published, and the quotas that keep
 * them available (anonymous per address, higher per API key, 429 with Retry-After).
 */
@ApplicationModule(
    displayName = "Open data",
    allowedDependencies = {"publication", "texts"})
package org.sunshine.platform.opendata;

import org.springframework.modulith.ApplicationModule;
