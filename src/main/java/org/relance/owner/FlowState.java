package org.relance.owner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a guided conversation stands in one chat: the flow, the question it waits for, the round
 * of a repeated group (the invoices of a new case), the answers so far by key (a repeated
 * question's key is prefixed with its round, {@code "2.amount"}) and the last update applied.
 * Persisted as JSON.
 */
public record FlowState(String flow, String step, int round, Map<String, String> answers, long lastUpdateId) {

  public FlowState {
    answers = answers == null ? Map.of() : Map.copyOf(answers);
  }

  public String keyOf(Question question) {
    return question.repeated() ? round + "." + question.key() : question.key();
  }

  public String answer(String key) {
    return answers.get(key);
  }

  public String answer(int ofRound, String key) {
    return answers.get(ofRound + "." + key);
  }

  FlowState answered(Question question, String value, long updateId) {
    Map<String, String> next = new LinkedHashMap<>(answers);
    next.put(keyOf(question), value);
    return new FlowState(flow, step, round, next, updateId);
  }

  FlowState at(String nextStep, int nextRound) {
    return new FlowState(flow, nextStep, nextRound, answers, lastUpdateId);
  }
}
