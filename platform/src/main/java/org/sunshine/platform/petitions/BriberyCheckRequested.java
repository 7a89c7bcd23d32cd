package org.sunshine.platform.petitions;

/** A 行贿犯罪档案查询 was requested (on a public node the transfer carries it inside). */
public record BriberyCheckRequested(long checkId) {}
