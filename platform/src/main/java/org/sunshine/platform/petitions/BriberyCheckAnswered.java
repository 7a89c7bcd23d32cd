package org.sunshine.platform.petitions;

/**
 * 控申 answered a 行贿犯罪档案查询; one requested on the public node ({@code filedOutside}) goes back there.
 */
public record BriberyCheckAnswered(long checkId, boolean filedOutside) {}
