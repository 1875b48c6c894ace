package io.staffline.report.planning;

/**
 * The baseline the what-if scenarios move away from: the staffing target and the model parameters
 * the forecast-to-staffing hand-over does not carry (docs/pipeline.md lists the model per queue, not
 * its parameters). Defaults, documented in docs/reports.md: 80% answered within 20 s, 120 s mean
 * patience (Erlang A queues), 2 chats per agent (chat queues), a 240-minute response target (backlog
 * queues); shrinkage comes from staffing_by_line. Set them to the staffing stage's values and the
 * baseline scenario reproduces staffing_by_line.
 */
public record WhatIfSettings(double serviceLevel, double answerSeconds, double patienceSeconds, int chatConcurrency,
    int backlogResponseMinutes) {
  public static final WhatIfSettings DEFAULTS = new WhatIfSettings(0.8, 20, 120, 2, 240);

  public WhatIfSettings {
    if (!(serviceLevel > 0 && serviceLevel < 1)) {
      throw new IllegalArgumentException("--service-level must be in (0, 1), e.g. 0.8, got " + serviceLevel);
    }
    if (!(answerSeconds >= 0)) {
      throw new IllegalArgumentException("--answer-seconds must be ≥ 0, got " + answerSeconds);
    }
    if (!(patienceSeconds > 0)) {
      throw new IllegalArgumentException("--patience must be > 0 s, got " + patienceSeconds);
    }
    if (chatConcurrency < 1) {
      throw new IllegalArgumentException("--chat-concurrency must be ≥ 1, got " + chatConcurrency);
    }
    if (backlogResponseMinutes < 0) {
      throw new IllegalArgumentException("--backlog-response-minutes must be ≥ 0, got " + backlogResponseMinutes);
    }
  }
}
