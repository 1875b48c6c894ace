package io.staffline.report.planning;

import io.staffline.staffing.ChatConcurrency;
import io.staffline.staffing.ErlangA;
import io.staffline.staffing.ErlangC;
import io.staffline.staffing.QueueModel;
import java.util.Arrays;
import java.util.function.Function;

/** The staffing model of a queue as staffing_requirements names it, mapped to the engine's model. */
enum QueueKind {
  ERLANG_C("erlang_c", s -> new ErlangC()),
  ERLANG_A("erlang_a", s -> new ErlangA(s.patienceSeconds())),
  CHAT("chat", s -> new ChatConcurrency(new ErlangC(), s.chatConcurrency())),
  /** Deferred work: sized over the whole week by {@link io.staffline.staffing.BacklogModel}, not per interval. */
  BACKLOG("backlog", null);

  private final String label;
  private final Function<WhatIfSettings, QueueModel> model;

  QueueKind(String label, Function<WhatIfSettings, QueueModel> model) {
    this.label = label;
    this.model = model;
  }

  String label() {
    return label;
  }

  boolean perInterval() {
    return model != null;
  }

  QueueModel model(WhatIfSettings settings) {
    return model.apply(settings);
  }

  static QueueKind of(String label, String where) {
    return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst().orElseThrow(() ->
        new IllegalArgumentException(where + ": unknown model '" + label + "' (known: erlang_c, erlang_a, chat, backlog)"));
  }
}
