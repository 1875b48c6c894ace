package io.staffline.ingest;

/** Where a long job reports its steps (the console in the CLI, nothing in tests). */
public interface Progress {
  /** A step started or finished; {@code rows} is negative when not known. */
  void step(String stage, String detail, long rows);

  static Progress silent() {
    return (stage, detail, rows) -> { };
  }
}
