package io.staffline.forecast;

/**
 * Handle time per contact of a queue, by interval of the week (docs/forecasting.md §AHT):
 * aht(s) = (handle seconds ÷ handled events at slot s) × (handled events ÷ contacts), the second
 * factor over the whole history. A slot with fewer than {@code minEvents} handled events uses the
 * queue's handle seconds per event instead. Over the week this is the queue's Σ handle seconds ÷
 * Σ contacts: the work one contact brings, not the length of one logged piece of work.
 */
public final class HandleTime {
  private HandleTime() {}

  /**
   * @param handleSeconds per history interval
   * @param handledEvents per history interval
   * @param contacts the queue's arrivals over the same history
   * @return one value per slot of the week, or null when the queue logged no handle time or had no contacts
   */
  public static double[] perContact(double[] handleSeconds, double[] handledEvents, double contacts,
      Seasons seasons, long minEvents) {
    int week = seasons.perWeek();
    double[] seconds = new double[week];
    double[] events = new double[week];
    double totalSeconds = 0;
    double totalEvents = 0;
    for (int t = 0; t < handleSeconds.length; t++) {
      seconds[t % week] += handleSeconds[t];
      events[t % week] += handledEvents[t];
      totalSeconds += handleSeconds[t];
      totalEvents += handledEvents[t];
    }
    if (totalEvents == 0 || contacts == 0) {
      return null;
    }
    double eventsPerContact = totalEvents / contacts;
    double queuePerEvent = totalSeconds / totalEvents;
    double[] aht = new double[week];
    for (int s = 0; s < week; s++) {
      aht[s] = (events[s] >= minEvents ? seconds[s] / events[s] : queuePerEvent) * eventsPerContact;
    }
    return aht;
  }
}
