package org.sunshine.platform.approval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.sunshine.platform.organisation.Role;

/**
 * Which roles decide, in order, per chain; a unit (by its code) may configure its own chain of the
 * same name, because units are organised differently.
 *
 * @param chains e.g. {@code document: DEPARTMENT_HEAD, DEPUTY_CHIEF, CASE_MANAGEMENT}
 * @param units e.g. {@code 140105: {document: [DEPARTMENT_HEAD, CHIEF_PROCURATOR,
 *     CASE_MANAGEMENT]}}
 */
@ConfigurationProperties("sunshine.approval")
record ApprovalChains(Map<String, List<Role>> chains, Map<String, Map<String, List<Role>>> units) {

  public ApprovalChains {
    chains = chains == null ? Map.of() : Map.copyOf(chains);
    units = units == null ? Map.of() : Map.copyOf(units);
    chains.forEach(ApprovalChains::requireSteps);
    units.values().forEach(m -> m.forEach(ApprovalChains::requireSteps));
  }

  /** The chain for a unit: its own if configured, otherwise the default. */
  public List<Role> steps(String chain, String unitCode) {
    List<Role> own = units.getOrDefault(unitCode, Map.of()).get(chain);
    List<Role> steps = own != null ? own : chains.get(chain);
    if (steps == null) {
      throw new IllegalStateException("no approval chain named " + chain + " is configured");
    }
    return steps;
  }

  /** The configured chains' names. */
  Set<String> names() {
    return chains.keySet();
  }

  private static void requireSteps(String name, List<Role> steps) {
    if (steps == null || steps.isEmpty()) {
      throw new IllegalArgumentException("sunshine.approval chain " + name + " has no steps");
    }
  }
}
