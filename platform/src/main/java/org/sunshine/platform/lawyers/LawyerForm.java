package org.sunshine.platform.lawyers;

/** What a lawyer types once: name, ID number, 执业证号, 律所, and the unit whose 案管 verifies. */
record LawyerForm(String name, String idNumber, String licenceNo, String lawFirm, long unitId) {}
