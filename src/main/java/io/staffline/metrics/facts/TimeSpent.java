package io.staffline.metrics.facts;

import java.io.Serializable;

/** Time a ticket spent in some states, in calendar minutes and in business minutes. */
public record TimeSpent(double minutes, double businessMinutes) implements Serializable {
}
