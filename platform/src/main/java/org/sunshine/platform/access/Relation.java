package org.sunshine.platform.access;

import java.util.List;

/** Who an applicant is to the party (第七条), and the materials each must bring (RULES.md §2). */
enum Relation {
  PARTY(List.of(Material.ID_CARD)),
  LEGAL_GUARDIAN(List.of(Material.ID_CARD, Material.GUARDIANSHIP_PROOF)),
  CLOSE_RELATIVE(List.of(Material.ID_CARD, Material.KINSHIP_PROOF)),
  DEFENCE_COUNSEL(
      List.of(Material.LAWYER_LICENCE, Material.FIRM_LETTER, Material.POWER_OF_ATTORNEY)),
  LITIGATION_AGENT(
      List.of(Material.LAWYER_LICENCE, Material.FIRM_LETTER, Material.POWER_OF_ATTORNEY));

  private final List<Material> required;

  Relation(List<Material> required) {
    this.required = required;
  }

  public List<Material> required() {
    return required;
  }

  /** Lawyers bind in one capacity for one party, at most two per party (刑事诉讼法 第三十三条). */
  public boolean lawyer() {
    return this == DEFENCE_COUNSEL || this == LITIGATION_AGENT;
  }

  /** The kinds of material an application carries. */
  public enum Material {
    ID_CARD,
    GUARDIANSHIP_PROOF,
    KINSHIP_PROOF,
    LAWYER_LICENCE,
    FIRM_LETTER,
    POWER_OF_ATTORNEY,
    LEGAL_AID_LETTER
  }
}
