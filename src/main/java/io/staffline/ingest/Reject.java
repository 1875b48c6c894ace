package io.staffline.ingest;

/** A row that cannot be accepted: thrown by record parsers, caught and turned into a quarantine row. */
public final class Reject extends Exception {
  private final ReasonCode code;

  public Reject(ReasonCode code, String reason) {
    super(reason, null, false, false);
    this.code = code;
  }

  public ReasonCode code() {
    return code;
  }
}
