package io.staffline.staffing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Chat with concurrency k: each agent runs k chat slots, and the queue sees agents × k
 * independent servers whose handle time is the chat's duration as measured while agents run k
 * chats (accept to close). Agents = ⌈servers / k⌉ in integer arithmetic; the figures reported
 * are those of the slots actually staffed (agents × k). Occupancy is busy slots ÷ staffed slots.
 * Model and its limits: docs/staffing.md §4. With k = 1 this is the slot model itself.
 */
public record ChatConcurrency(QueueModel slots, int chatsPerAgent) implements QueueModel {

  public ChatConcurrency {
    if (slots == null) {
      throw new IllegalArgumentException("a queue model for the chat slots is required");
    }
    if (chatsPerAgent < 1) {
      throw new IllegalArgumentException("chats per agent must be ≥ 1, got " + chatsPerAgent);
    }
  }

  @Override
  public String name() {
    return slots.name();
  }

  @Override
  public Performance evaluate(Workload workload, int agents, double answerSeconds) {
    ErlangC.requireAgents(agents);
    return slots.evaluate(workload, Math.multiplyExact(agents, chatsPerAgent), answerSeconds)
        .forAgents(agents);
  }

  @Override
  public Requirement required(Workload workload, StaffingTarget target) {
    Requirement servers = slots.required(workload, target);
    int agents = -Math.floorDiv(-servers.agents(), chatsPerAgent);
    BigDecimal fractional = servers.fractionalAgents()
        .divide(BigDecimal.valueOf(chatsPerAgent), MathContext.DECIMAL128);
    Performance at = evaluate(workload, agents, target.serviceLevel().answerSeconds());
    return new Requirement(agents, fractional, servers.binding(), target, at);
  }
}
