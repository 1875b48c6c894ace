package io.staffline.metrics.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.staffline.ticket.Vocabulary;
import java.util.Locale;

/** Which solve ends a resolution target when a ticket is reopened. */
public enum ReopenCycle implements Vocabulary.Coded {
  /** The first solve (or close without a solve) ends the target; later reopens do not matter. */
  @JsonProperty("first_solve") FIRST_SOLVE,
  /**
   * The last solve ends the target, and only if the ticket is still solved or closed: a reopened
   * ticket's clock runs again from its creation. The default.
   */
  @JsonProperty("last_solve") LAST_SOLVE;

  /** The cycle of a resolution policy that names none. */
  public static final ReopenCycle DEFAULT = LAST_SOLVE;

  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
