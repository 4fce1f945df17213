package org.relance.owner;

import org.apache.pekko.actor.typed.ActorRef;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.telegram.OutgoingMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A guided conversation about one case (a correction, a payment): it starts with what the
 * questions need to know of the case (its id, the debtor, the balance and currency, the owner's
 * today), and ends with one case command, keyed {@code "tg:" + update id}, whose answer it reports.
 */
abstract class CaseFlow implements GuidedFlow {

  static final String CASE = "case";
  static final String DEBTOR = "debtor";
  static final String BALANCE = "balance";
  static final String CURRENCY = "currency";
  static final String TODAY = "today";

  protected final OwnerCases cases;
  protected final OwnerTexts texts;
  private final String name;
  private final List<Question> questions;

  CaseFlow(String name, List<Question> questions, OwnerCases cases, OwnerTexts texts) {
    this.name = name;
    this.questions = List.copyOf(questions);
    this.cases = cases;
    this.texts = texts;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<Question> questions() {
    return questions;
  }

  /** Whether the flow has something to work on in this case (a promise to correct...). */
  abstract boolean appliesTo(CaseView view);

  /** The answers a flow on this case starts with. */
  static Map<String, String> known(CaseView view, LocalDate today) {
    return Map.of(CASE, view.id(), DEBTOR, view.debtor().name(), BALANCE, view.balance().toPlainString(),
        CURRENCY, view.currency(), TODAY, today.toString());
  }

  @Override
  public Map<String, Object> promptValues(FlowState state, Language language) {
    Map<String, Object> values = new HashMap<>();
    values.put("debtor", state.answer(DEBTOR));
    values.put("balance", OwnerTexts.money(balance(state), state.answer(CURRENCY), language));
    return values;
  }

  static BigDecimal balance(FlowState state) {
    return new BigDecimal(state.answer(BALANCE));
  }

  static LocalDate today(FlowState state) {
    return LocalDate.parse(state.answer(TODAY));
  }

  static Money money(FlowState state, BigDecimal amount) {
    return new Money(amount, Currency.getInstance(state.answer(CURRENCY)));
  }

  /** Sends the command to the case; accepted: the {@code doneId} text (with the case's values); refused: why not. */
  protected CompletionStage<List<OutgoingMessage>> send(Context context, FlowState answers,
                                                        Function<ActorRef<CaseReply>, CaseCommand> command,
                                                        String doneId, Map<String, Object> values) {
    String caseId = answers.answer(CASE);
    Map<String, Object> all = new HashMap<>(promptValues(answers, context.language()));
    all.putAll(values);
    return cases.ask(caseId, command).thenApply(reply -> List.of(reply instanceof CaseReply.Accepted
        ? OutgoingMessage.text(context.chatId(), texts.text(context.language(), doneId, all)).forOwnerOfCase(caseId)
        : refused(context, caseId)));
  }

  /** The case changed meanwhile: say so, with the button that shows it. */
  OutgoingMessage refused(Context context, String caseId) {
    return OutgoingMessage.withButtons(context.chatId(), texts.text(context.language(), "owner.refused"),
        List.of(List.of(OwnerTexts.button(texts.text(context.language(), "button.open"), OwnerAction.Verb.OPEN,
            caseId, null))));
  }

  /** Whether the case is open with something still owed (a payment or a promise can apply to it). */
  static boolean owing(CaseView view) {
    return view.closure() == null && view.balance().signum() > 0;
  }

  /** A day the owner typed, today or later (a past day is re-asked). */
  static Question.Checked dayFromToday(String answer, FlowState state) {
    Question.Checked date = AnswerChecks.date(answer, today(state));
    return date.value() != null && LocalDate.parse(date.value()).isBefore(today(state))
        ? Question.Checked.problem("owner.problem.past_date") : date;
  }

  /** A "-" answer: keep what was captured. */
  static boolean kept(String answer) {
    return answer == null || AnswerChecks.SKIP.equals(answer);
  }
}
