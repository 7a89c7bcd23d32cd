/**
 * Portal: the public site (home, directory of procuratorates, guides) and its JSON API. Reads only
 * public data through other modules' public read models (the directory, and the publication
 * module's published documents and releases for the home page); never staff-side tables or original
 * texts.
 */
@ApplicationModule(
    displayName = "Public portal",
    allowedDependencies = {"organisation", "publication", "texts"})
package org.sunshine.platform.portal;

import org.springframework.modulith.ApplicationModule;
