package org.relance.owner;

import org.relance.telegram.OutgoingMessage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs guided conversations: asks a flow's questions one at a time (with buttons when the
 * question has choices: data {@code ans:<value>}), checks each answer and re-asks with what was
 * wrong, saves the state after every answer, and finishes the flow when all is answered. An
 * update already applied (redelivered) only repeats the current question.
 */
final class OwnerFlows {

  static final String ANSWER = "ans:";
  /** Button data that starts a flow at a question: {@code flow:<flow>:<question>}. */
  static final String START = "flow:";

  private final OwnerFlowStore store;
  private final OwnerTexts texts;
  private final Executor blocking;
  private final Map<String, GuidedFlow> flows;

  OwnerFlows(OwnerFlowStore store, OwnerTexts texts, Executor blocking, List<GuidedFlow> flows) {
    this.store = store;
    this.texts = texts;
    this.blocking = blocking;
    this.flows = flows.stream().collect(Collectors.toMap(GuidedFlow::name, Function.identity()));
  }

  /** The conversation in progress in the chat (blocking). */
  Optional<FlowState> active(String chatId) {
    return store.load(chatId).filter(state -> flows.containsKey(state.flow()));
  }

  CompletionStage<List<OutgoingMessage>> start(GuidedFlow.Context context, String flowName) {
    return start(context, flowName, flows.get(flowName).questions().get(0).key());
  }

  /** Starts a flow from a {@link #START} button's data; empty when the data names no flow or question. */
  Optional<CompletionStage<List<OutgoingMessage>>> startFrom(GuidedFlow.Context context, String data) {
    String[] parts = data.substring(START.length()).split(":", 2);
    GuidedFlow flow = flows.get(parts[0]);
    if (parts.length < 2 || flow == null || flow.questions().stream().noneMatch(q -> q.key().equals(parts[1]))) {
      return Optional.empty();
    }
    return Optional.of(start(context, parts[0], parts[1]));
  }

  CompletionStage<List<OutgoingMessage>> start(GuidedFlow.Context context, String flowName, String step) {
    return start(context, flowName, step, Map.of());
  }

  /** Starts a flow at a question with answers already known (the case it is about). */
  CompletionStage<List<OutgoingMessage>> start(GuidedFlow.Context context, String flowName, String step,
                                               Map<String, String> known) {
    GuidedFlow flow = flows.get(flowName);
    Question first = flow.question(step);
    FlowState state = new FlowState(flowName, first.key(), 1, known, context.updateId());
    return CompletableFuture.runAsync(() -> store.save(context.chatId(), state), blocking)
        .thenApply(saved -> List.of(ask(context, first, state, null)));
  }

  CompletionStage<List<OutgoingMessage>> cancel(GuidedFlow.Context context) {
    return CompletableFuture.runAsync(() -> store.clear(context.chatId()), blocking).thenApply(done -> List.of(
        OutgoingMessage.text(context.chatId(), texts.text(context.language(), "owner.flow.cancelled"))));
  }

  CompletionStage<List<OutgoingMessage>> answer(GuidedFlow.Context context, FlowState state, String answer) {
    GuidedFlow flow = flows.get(state.flow());
    Question question = flow.question(state.step());
    if (context.updateId() <= state.lastUpdateId()) {
      return CompletableFuture.completedFuture(List.of(ask(context, question, state, null)));
    }
    Question.Checked checked = flow.check(question, answer, state);
    if (checked.problemId() != null) {
      return CompletableFuture.completedFuture(List.of(ask(context, question, state, checked.problemId())));
    }
    FlowState answered = state.answered(question, checked.value(), context.updateId());
    Optional<FlowState> next = flow.next(question, answered);
    if (next.isPresent()) {
      Question following = flow.question(next.get().step());
      return CompletableFuture.runAsync(() -> store.save(context.chatId(), next.get()), blocking)
          .thenApply(saved -> List.of(ask(context, following, next.get(), null)));
    }
    return CompletableFuture.runAsync(() -> store.save(context.chatId(), answered), blocking)
        .thenCompose(saved -> flow.finish(context, answered))
        .thenCompose(messages -> CompletableFuture.runAsync(() -> store.clear(context.chatId()), blocking)
            .thenApply(cleared -> messages));
  }

  private OutgoingMessage ask(GuidedFlow.Context context, Question question, FlowState state, String problemId) {
    Map<String, Object> values = new HashMap<>(flows.get(state.flow()).promptValues(state, context.language()));
    values.put("round", state.round());
    String prompt = texts.text(context.language(), question.promptId(), values);
    String text = problemId == null ? prompt : texts.text(context.language(), problemId, values) + "\n" + prompt;
    List<List<OutgoingMessage.Button>> buttons = question.choices().stream()
        .map(choice -> List.of(new OutgoingMessage.Button(texts.text(context.language(), choice.labelId(), values),
            ANSWER + choice.value())))
        .toList();
    return OutgoingMessage.withButtons(context.chatId(), text, buttons);
  }
}
