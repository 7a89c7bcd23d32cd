/**
 * Search: one public search over everything published (legal documents, important case
 * information), kept as a projection of the published data, updated from events after commit,
 * rebuildable from the database and checked for drift. The index sits behind a port ({@link
 * org.sunshine.platform.search.SearchIndex}); the default is an embedded Lucene index on disk.
 */
@ApplicationModule(
    displayName = "Search",
    allowedDependencies = {"organisation", "publication", "texts"})
package org.sunshine.platform.search;

import org.springframework.modulith.ApplicationModule;
