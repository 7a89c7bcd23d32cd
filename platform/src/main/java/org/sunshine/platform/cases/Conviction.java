package org.sunshine.platform.cases;

import java.time.LocalDate;

/**
 * A person or unit named as accused in a case whose court judgment became effective: what a
 * 行贿犯罪档案查询 reports (name, case number, charge and the day the judgment took effect).
 */
public record Conviction(String name, String caseNumber, String charge, LocalDate effectiveOn) {}
