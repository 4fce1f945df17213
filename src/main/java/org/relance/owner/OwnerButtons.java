package org.relance.owner;

import org.apache.pekko.actor.typed.ActorRef;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.telegram.OutgoingMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * What an owner's button does to a case: the case command it sends (with {@code "tg:" + update id}
 * as idempotency key, so a redelivered press records nothing twice) and the short confirmation in
 * the owner's language. A case of another business is answered as unknown.
 */
final class OwnerButtons {

  /** The owner's chat, business and how to speak to them. */
  record Owner(String chatId, String businessId, Language language, ZoneId zone) {}

  private final OwnerCases cases;
  private final OwnerTexts texts;

  OwnerButtons(OwnerCases cases, OwnerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  CompletionStage<List<OutgoingMessage>> press(Owner owner, OwnerAction action, long updateId) {
    return cases.caseOf(owner.businessId(), action.caseId()).thenCompose(found -> {
      if (found.isEmpty()) {
        return done(OutgoingMessage.text(owner.chatId(), texts.text(owner.language(), "owner.invitation.unknown")));
      }
      CaseView view = found.get();
      if (action.verb() == OwnerAction.Verb.OPEN) {
        return done(card(owner, view));
      }
      String key = "tg:" + updateId;
      LocalDate today = cases.clock().instant().atZone(owner.zone()).toLocalDate();
      return switch (action.verb()) {
        case DONE -> send(owner, view, r -> new CaseCommand.CompleteTask(action.taskId(), key, r), "owner.task.done");
        case SNOOZE -> send(owner, view, r -> new CaseCommand.SnoozeTask(action.taskId(), key, r), "owner.task.snoozed");
        case PAID -> send(owner, view, r -> new CaseCommand.RecordPayment(balance(view), today,
            PaymentMethod.TRANSFER, key, r), "owner.paid.done");
        case PAUSE -> send(owner, view, r -> new CaseCommand.Pause(null, key, r), "owner.pause.done");
        case PROMISE_KEPT -> send(owner, view, r -> new CaseCommand.RecordPayment(promised(view), today,
            view.promise() == null || view.promise().method() == null ? PaymentMethod.TRANSFER
                : view.promise().method(), key, r), "owner.promise.paid");
        case PROMISE_BROKEN -> send(owner, view, r -> new CaseCommand.ConfirmPromiseBroken(key, r),
            "owner.promise.broken");
        case CLAIM_CONFIRMED -> send(owner, view, r -> new CaseCommand.ConfirmClaimedPayment(null, key, r),
            "owner.claim.confirmed");
        case CLAIM_DENIED -> send(owner, view, r -> new CaseCommand.DenyClaimedPayment(key, r), "owner.claim.denied");
        case PLAN_APPROVED -> send(owner, view, r -> new CaseCommand.ApprovePlan(key, r), "owner.plan.approved");
        case PLAN_REFUSED -> send(owner, view, r -> new CaseCommand.RejectPlan(key, r), "owner.plan.refused");
        case OPEN, PAGE, FIX_PROMISE, REJECT_PROMISE, FIX_PLAN, REJECT_PLAN, FIX_REASON, REJECT_REASON, FIX_CLAIM,
            POSTED, REGISTERED, LETTER_PDF -> done(card(owner, view));
      };
    });
  }

  /** The case card, with the button to record a payment, and to correct the date of a captured promise. */
  OutgoingMessage card(Owner owner, CaseView view) {
    List<OutgoingMessage.Button> row = new java.util.ArrayList<>(List.of(OwnerTexts.button(
        texts.text(owner.language(), "button.paid"), OwnerAction.Verb.PAID, view.id(), null)));
    if (view.promise() != null) {
      row.add(OwnerTexts.button(texts.text(owner.language(), "button.fix_promise"), OwnerAction.Verb.FIX_PROMISE,
          view.id(), null));
    }
    return OutgoingMessage.withButtons(owner.chatId(), texts.card(view, owner.language(), owner.zone()),
        List.of(row)).forCase(view.id());
  }

  private CompletionStage<List<OutgoingMessage>> send(Owner owner, CaseView view,
                                                      Function<ActorRef<CaseReply>, CaseCommand> command,
                                                      String confirmationId) {
    Money amount = balance(view);
    return cases.ask(view.id(), command).thenApply(reply -> List.of(reply instanceof CaseReply.Accepted
        ? OutgoingMessage.text(owner.chatId(), texts.text(owner.language(), confirmationId, Map.of(
            "debtor", view.debtor().name(),
            "amount", OwnerTexts.money(amount.amount(), view.currency(), owner.language())))).forCase(view.id())
        : OutgoingMessage.withButtons(owner.chatId(), texts.text(owner.language(), "owner.refused"), List.of(List.of(
            OwnerTexts.button(texts.text(owner.language(), "button.open"), OwnerAction.Verb.OPEN, view.id(), null))))));
  }

  private static Money balance(CaseView view) {
    return new Money(view.balance(), Currency.getInstance(view.currency()));
  }

  private static Money promised(CaseView view) {
    BigDecimal amount = view.promise() == null || view.promise().amount() == null
        ? view.balance() : view.promise().amount();
    return new Money(amount, Currency.getInstance(view.currency()));
  }

  private static CompletionStage<List<OutgoingMessage>> done(OutgoingMessage message) {
    return CompletableFuture.completedFuture(List.of(message));
  }
}
