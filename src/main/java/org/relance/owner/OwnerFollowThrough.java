package org.relance.owner;

import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CallOutcome;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent.DisputeOutcome;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.OwnerTask;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.OutgoingMessage.Button;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The owner's buttons that follow a case through: how a call ended (the call sheet), whether a plan's
 * instalment arrived, how a dispute is settled. Those that need no more answer are sent here as one case
 * command (keyed {@code "tg:" + update id}); "promised a date", "asks for a plan", "wrong number",
 * "credit note" and "corrected amount" ask first ({@link CallPromiseFlow}, {@link CallDetailsFlow},
 * {@link DisputeAmountFlow}). Also the buttons under those tasks
 * and on the card of a disputed case.
 */
final class OwnerFollowThrough {

  /** The verbs answered here. */
  static final Set<OwnerAction.Verb> VERBS = Set.of(OwnerAction.Verb.CALL_DISPUTED,
      OwnerAction.Verb.CALL_UNREACHABLE, OwnerAction.Verb.INSTALLMENT_PAID,
      OwnerAction.Verb.INSTALLMENT_MISSED, OwnerAction.Verb.DISPUTE_CANCELLED, OwnerAction.Verb.DISPUTE_REJECTED);

  private final OwnerCases cases;
  private final OwnerTexts texts;

  OwnerFollowThrough(OwnerCases cases, OwnerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  CompletionStage<List<OutgoingMessage>> press(OwnerButtons.Owner owner, CaseView view, OwnerAction action,
                                               String key, LocalDate today) {
    return switch (action.verb()) {
      case CALL_DISPUTED -> call(owner, view, CallOutcome.DISPUTED, key, "owner.call.disputed");
      case CALL_UNREACHABLE -> call(owner, view, CallOutcome.UNREACHABLE, key, "owner.call.unreachable");
      case INSTALLMENT_PAID -> nextInstallment(view).map(next -> send(owner, view, r -> new CaseCommand.RecordPayment(
              new Money(next.amount(), Currency.getInstance(view.currency())),
              next.date().isAfter(today) ? today : next.date(), PaymentMethod.TRANSFER, key, r),
          "owner.installment.paid", Map.of("amount", OwnerTexts.money(next.amount(), view.currency(),
              owner.language()))))
          .orElseGet(() -> gone(owner, view));
      case INSTALLMENT_MISSED -> nextInstallment(view).isEmpty() ? gone(owner, view)
          : send(owner, view, r -> new CaseCommand.ConfirmInstallmentMissed(key, r), "owner.installment.missed", Map.of());
      case DISPUTE_CANCELLED -> view.dispute() != null && !OwnerButtons.CONFIRMED.equals(action.taskId())
          ? CompletableFuture.completedFuture(List.of(confirmCancel(owner, view)))
          : settle(owner, view, DisputeOutcome.CANCELLED, key, "owner.dispute.cancelled");
      case DISPUTE_REJECTED -> settle(owner, view, DisputeOutcome.REJECTED, key, "owner.dispute.rejected");
      default -> throw new IllegalArgumentException("not a follow-through button: " + action.verb());
    };
  }

  /** The buttons under a call task, a dispute to settle, an instalment to check; empty for other tasks. */
  static Optional<List<List<Button>>> taskButtons(OwnerTexts texts, Language language, String caseId, OwnerTask task) {
    Button open = button(texts, language, "button.open", OwnerAction.Verb.OPEN, caseId);
    return switch (task.kind()) {
      case CALL_DEBTOR -> Optional.of(List.of(
          List.of(button(texts, language, "button.call_promised", OwnerAction.Verb.CALL_PROMISED, caseId),
              button(texts, language, "button.call_plan", OwnerAction.Verb.CALL_PLAN, caseId)),
          List.of(button(texts, language, "button.call_disputed", OwnerAction.Verb.CALL_DISPUTED, caseId),
              button(texts, language, "button.call_unreachable", OwnerAction.Verb.CALL_UNREACHABLE, caseId)),
          List.of(button(texts, language, "button.call_wrong_number", OwnerAction.Verb.CALL_WRONG_NUMBER, caseId),
              button(texts, language, "button.paid", OwnerAction.Verb.PAID, caseId)),
          List.of(open)));
      case RESOLVE_DISPUTE -> Optional.of(disputeButtons(texts, language, caseId, List.of(open)));
      case ASK_INSTALLMENT_PAID -> Optional.of(List.of(List.of(
          button(texts, language, "button.yes_paid", OwnerAction.Verb.INSTALLMENT_PAID, caseId),
          button(texts, language, "button.not_paid", OwnerAction.Verb.INSTALLMENT_MISSED, caseId)), List.of(open)));
      default -> Optional.empty();
    };
  }

  /** The four ways to settle a dispute, then {@code last}. */
  static List<List<Button>> disputeButtons(OwnerTexts texts, Language language, String caseId, List<Button> last) {
    return List.of(
        List.of(button(texts, language, "button.dispute_credit_note", OwnerAction.Verb.DISPUTE_CREDIT_NOTE, caseId),
            button(texts, language, "button.dispute_corrected", OwnerAction.Verb.DISPUTE_CORRECTED, caseId)),
        List.of(button(texts, language, "button.dispute_cancelled", OwnerAction.Verb.DISPUTE_CANCELLED, caseId),
            button(texts, language, "button.dispute_rejected", OwnerAction.Verb.DISPUTE_REJECTED, caseId)),
        last);
  }

  /** The instalment a plan waits for, if any. */
  static Optional<CaseView.InstallmentView> nextInstallment(CaseView view) {
    return view.plan() == null ? Optional.empty()
        : view.plan().installments().stream().filter(i -> !i.paid()).findFirst();
  }

  /** Cancelling the claim closes the case: asked first ({@code dispute_cancelled:<case>:yes} confirms). */
  private OutgoingMessage confirmCancel(OwnerButtons.Owner owner, CaseView view) {
    return OutgoingMessage.withButtons(owner.chatId(), texts.text(owner.language(), "owner.dispute.cancel_ask",
        Map.of("debtor", view.debtor().name(), "balance", OwnerTexts.money(view.balance(), view.currency(),
            owner.language()))), List.of(List.of(
        OwnerTexts.button(texts.text(owner.language(), "button.confirm_cancel"), OwnerAction.Verb.DISPUTE_CANCELLED,
            view.id(), OwnerButtons.CONFIRMED),
        button(texts, owner.language(), "button.keep_it", OwnerAction.Verb.OPEN, view.id()))));
  }

  private CompletionStage<List<OutgoingMessage>> call(OwnerButtons.Owner owner, CaseView view, CallOutcome outcome,
                                                      String key, String doneId) {
    return send(owner, view, r -> new CaseCommand.LogCall(outcome, null, key, r), doneId, Map.of());
  }

  private CompletionStage<List<OutgoingMessage>> settle(OwnerButtons.Owner owner, CaseView view,
                                                        DisputeOutcome outcome, String key, String doneId) {
    return view.dispute() == null ? gone(owner, view)
        : send(owner, view, r -> new CaseCommand.ResolveDispute(outcome, null, key, r), doneId, Map.of());
  }

  /**
   * Sends the command; accepted: the {@code doneId} text with the debtor, the balance after it, the day the call
   * comes back (its open call task's day) and {@code values}; refused: why not, with the card's button.
   */
  private CompletionStage<List<OutgoingMessage>> send(OwnerButtons.Owner owner, CaseView view,
                                                      java.util.function.Function<org.apache.pekko.actor.typed.ActorRef<CaseReply>, CaseCommand> command,
                                                      String doneId, Map<String, Object> values) {
    return cases.ask(view.id(), command).thenApply(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted)) {
        return List.of(OutgoingMessage.withButtons(owner.chatId(), texts.text(owner.language(), "owner.refused"),
            List.of(List.of(button(texts, owner.language(), "button.open", OwnerAction.Verb.OPEN, view.id())))));
      }
      CaseView after = accepted.view();
      Map<String, Object> all = new java.util.HashMap<>(values);
      all.put("debtor", view.debtor().name());
      all.put("balance", OwnerTexts.money(after.balance(), after.currency(), owner.language()));
      after.tasks().stream().filter(t -> t.kind() == OwnerTask.Kind.CALL_DEBTOR).findFirst()
          .ifPresent(t -> all.put("date", OwnerTexts.date(t.dueOn(), owner.language())));
      all.putIfAbsent("date", "");
      return List.of(OutgoingMessage.text(owner.chatId(), texts.text(owner.language(), doneId, all))
          .forOwnerOfCase(view.id()));
    });
  }

  private CompletionStage<List<OutgoingMessage>> gone(OwnerButtons.Owner owner, CaseView view) {
    return CompletableFuture.completedFuture(List.of(OutgoingMessage.withButtons(owner.chatId(),
        texts.text(owner.language(), "owner.fix.nothing", Map.of("debtor", view.debtor().name())),
        List.of(List.of(button(texts, owner.language(), "button.open", OwnerAction.Verb.OPEN, view.id()))))));
  }

  private static Button button(OwnerTexts texts, Language language, String labelId, OwnerAction.Verb verb,
                               String caseId) {
    return OwnerTexts.button(texts.text(language, labelId), verb, caseId, null);
  }
}
