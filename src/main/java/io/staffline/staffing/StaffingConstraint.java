package io.staffline.staffing;

/** The part of a {@link StaffingTarget} that decides the required agents. */
public enum StaffingConstraint {
  /** No traffic: nothing to staff. */
  NONE("none"),
  SERVICE_LEVEL("service-level"),
  ASA("asa"),
  OCCUPANCY("occupancy"),
  ABANDONMENT("abandonment"),
  /** Traffic needs someone to answer it, even when zero agents would meet the target on paper. */
  ONE_AGENT_MINIMUM("one-agent-minimum");

  private final String label;

  StaffingConstraint(String label) {
    this.label = label;
  }

  /** The name used in CLI output and JSON. */
  public String label() {
    return label;
  }
}
