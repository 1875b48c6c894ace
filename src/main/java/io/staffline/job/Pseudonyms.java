package io.staffline.job;

import io.staffline.ingest.Pseudonymizer;
import java.io.PrintWriter;

/** The pseudonym key from the environment, or the development key with a warning. */
record Pseudonyms(Pseudonymizer pseudonymizer, boolean development) {

  static Pseudonyms fromEnvironment(PrintWriter err) {
    String key = System.getenv(Pseudonymizer.KEY_VARIABLE);
    if (key == null || key.isBlank()) {
      err.println("WARNING: " + Pseudonymizer.KEY_VARIABLE + " is not set; using the published "
          + "development key. Pseudonyms made with it can be recomputed by anyone: set your own "
          + "secret key before ingesting real data.");
      err.flush();
      return new Pseudonyms(new Pseudonymizer(Pseudonymizer.DEVELOPMENT_KEY), true);
    }
    return new Pseudonyms(new Pseudonymizer(key), false);
  }
}
