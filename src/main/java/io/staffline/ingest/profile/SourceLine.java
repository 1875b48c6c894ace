package io.staffline.ingest.profile;

import java.io.Serializable;

/** A source line read through a profile: its record, or the reason it was rejected. */
record SourceLine(SourceRecord record, String reasonCode, String reason, String raw, String file, long line)
    implements Serializable {

  boolean accepted() {
    return record != null;
  }
}
