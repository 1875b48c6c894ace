package io.staffline.staffing;

/**
 * What a queue achieves with a given staffing, in steady state.
 *
 * @param agents agents on duty (people)
 * @param servers parallel servers the queue sees: agents × chat concurrency
 * @param trafficErlangs offered traffic A = λ·AHT (per server slot for chat)
 * @param answerSeconds the T of the service levels
 * @param stable false when an Erlang C queue has servers ≤ A and grows without bound
 * @param probabilityOfWaiting P(an arrival finds all servers busy)
 * @param serviceLevelAnsweredWithin answered within T ÷ all arrivals (abandons are misses)
 * @param serviceLevelWaitedAtMost waited at most T ÷ all arrivals (abandons within T are met)
 * @param asaSeconds average speed of answer of the answered contacts; infinite when unstable,
 *     NaN when nobody is answered
 * @param occupancy busy time ÷ staffed time of the servers; NaN with no servers but traffic
 * @param abandonment P(an arrival hangs up before being answered); 0 in Erlang C
 */
public record Performance(
    int agents,
    int servers,
    double trafficErlangs,
    double answerSeconds,
    boolean stable,
    double probabilityOfWaiting,
    double serviceLevelAnsweredWithin,
    double serviceLevelWaitedAtMost,
    double asaSeconds,
    double occupancy,
    double abandonment) {

  /** The service level in the given reading. */
  public double serviceLevel(ServiceLevelReading reading) {
    return switch (reading) {
      case ANSWERED_WITHIN -> serviceLevelAnsweredWithin;
      case WAITED_AT_MOST -> serviceLevelWaitedAtMost;
    };
  }

  /** The same figures credited to {@code agents} people (chat: one person runs several servers). */
  Performance forAgents(int agents) {
    return new Performance(agents, servers, trafficErlangs, answerSeconds, stable,
        probabilityOfWaiting, serviceLevelAnsweredWithin, serviceLevelWaitedAtMost, asaSeconds,
        occupancy, abandonment);
  }

  /** A queue nobody calls: everything is met with zero agents. */
  static Performance idle(int servers, double answerSeconds) {
    return new Performance(servers, servers, 0, answerSeconds, true, 0, 1, 1, 0, 0, 0);
  }
}
