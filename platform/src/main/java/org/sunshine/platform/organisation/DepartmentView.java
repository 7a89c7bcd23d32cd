package org.sunshine.platform.organisation;

/** A department (内设机构) of one procuratorate. */
public record DepartmentView(long id, long procuratorateId, String name, String kind) {}
