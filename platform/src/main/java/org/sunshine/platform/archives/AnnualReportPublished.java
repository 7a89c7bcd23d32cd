package org.sunshine.platform.archives;

/** A unit's annual 检务公开 report was published (the last approval step). */
public record AnnualReportPublished(long reportId) {}
