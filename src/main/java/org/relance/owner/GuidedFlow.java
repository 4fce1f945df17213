package org.relance.owner;

import org.relance.common.Language;
import org.relance.telegram.OutgoingMessage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A guided conversation: questions asked one at a time, each answer checked (a wrong one is
 * re-asked with what was wrong), and what is done with the answers at the end.
 */
public interface GuidedFlow {

  /** Who is being guided: their chat, their business (null before it exists), their language, the update. */
  record Context(String chatId, String businessId, Language language, long updateId) {}

  String name();

  List<Question> questions();

  /** The question after {@code answered}, and the round it is in; empty when all is answered. */
  default Optional<FlowState> next(Question answered, FlowState state) {
    List<Question> all = questions();
    int index = all.indexOf(answered);
    return index + 1 < all.size() ? Optional.of(state.at(all.get(index + 1).key(), state.round())) : Optional.empty();
  }

  /** A check that needs earlier answers (a due date not before the issue date); by default the question's own. */
  default Question.Checked check(Question question, String answer, FlowState state) {
    return question.check().apply(answer);
  }

  /**
   * Values the texts of the current question may show besides {@code round} (in its prompt, its
   * re-ask and its buttons' labels): the balance, the schedule read so far. None by default.
   */
  default Map<String, Object> promptValues(FlowState state, Language language) {
    return Map.of();
  }

  /** Does what the answers ask (open the case, register the business) and says so. */
  CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers);

  default Question question(String key) {
    return questions().stream().filter(q -> q.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalStateException("flow " + name() + " has no question " + key));
  }
}
