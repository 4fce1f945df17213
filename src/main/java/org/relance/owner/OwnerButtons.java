package org.relance.owner;

import org.apache.pekko.actor.typed.ActorRef;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.invitations.Invitations;
import org.relance.telegram.OutgoingMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What an owner's button does to a case: the case command it sends (with {@code "tg:" + update id}
 * as idempotency key, so a redelivered press records nothing twice) and the short confirmation in
 * the owner's language. Striking out a promise or a plan is asked first ({@code verb:<case>:yes}
 * confirms); Paid and the {@code FIX_*} buttons start their conversation on the case
 * ({@link CaseFlow}); New link issues the case's debtor a new invitation (the earlier one, locked
 * after wrong answers or not, stops working) and gives it to the owner to forward. A case of
 * another business is answered as unknown; a button whose object is
 * gone (already settled) says so. The statement of an account goes to the owner, then on their press to the
 * debtor ({@link OwnerStatements}).
 */
final class OwnerButtons {

  /** The owner's chat, business and how to speak to them. */
  record Owner(String chatId, String businessId, Language language, ZoneId zone) {}

  /** The button data part that confirms a strike-out ({@code reject_promise:<case>:yes}). */
  static final String CONFIRMED = "yes";

  private final OwnerCases cases;
  private final OwnerTexts texts;
  private final OwnerFlows flows;
  private final Map<OwnerAction.Verb, CaseFlow> caseFlows;
  private final Invitations invitations;
  private final Executor blocking;
  private final OwnerProceedings proceedings;
  private final OwnerStatements statements;
  private final OwnerProfiles profiles;
  private final OwnerFollowThrough followThrough;

  /** {@code caseFlows}: the conversation each verb starts on its case ({@code PAID}, the {@code FIX_*} verbs). */
  OwnerButtons(OwnerCases cases, OwnerTexts texts, OwnerFlows flows, Map<OwnerAction.Verb, CaseFlow> caseFlows,
               Invitations invitations, Executor blocking, OwnerStatements statements) {
    this.cases = cases;
    this.texts = texts;
    this.flows = flows;
    this.caseFlows = Map.copyOf(caseFlows);
    this.invitations = invitations;
    this.blocking = blocking;
    this.proceedings = new OwnerProceedings(texts);
    this.statements = statements;
    this.profiles = new OwnerProfiles(cases, texts);
    this.followThrough = new OwnerFollowThrough(cases, texts);
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
      CaseFlow flow = caseFlows.get(action.verb());
      if (flow != null) {
        return startFlow(owner, view, flow, updateId);
      }
      String key = "tg:" + updateId;
      LocalDate today = cases.clock().instant().atZone(owner.zone()).toLocalDate();
      if (OwnerFollowThrough.VERBS.contains(action.verb())) {
        return followThrough.press(owner, view, action, key, today);
      }
      return switch (action.verb()) {
        case DONE -> send(owner, view, r -> new CaseCommand.CompleteTask(action.taskId(), key, r), "owner.task.done");
        case SNOOZE -> send(owner, view, r -> new CaseCommand.SnoozeTask(action.taskId(), key, r), "owner.task.snoozed");
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
        case REJECT_PROMISE -> view.promise() == null ? nothing(owner, view)
            : !CONFIRMED.equals(action.taskId()) ? done(confirm(owner, view, action.verb(), "owner.reject.promise.ask",
                Map.of("date", OwnerTexts.date(view.promise().date(), owner.language()), "amount", OwnerTexts.money(
                    promised(view).amount(), view.currency(), owner.language()))))
            : send(owner, view, r -> new CaseCommand.WithdrawPromise(key, r), "owner.reject.promise.done");
        case REJECT_PLAN -> view.plan() == null && view.planProposal() == null ? nothing(owner, view)
            : !CONFIRMED.equals(action.taskId()) ? done(confirm(owner, view, action.verb(), "owner.reject.plan.ask",
                Map.of("count", (view.plan() != null ? view.plan() : view.planProposal()).installments().size())))
            : send(owner, view, r -> new CaseCommand.WithdrawPlan(key, r), "owner.reject.plan.done");
        case REJECT_REASON -> view.delayReasons().isEmpty() ? nothing(owner, view)
            : send(owner, view, r -> new CaseCommand.WithdrawDelayReason(key, r), "owner.reject.reason.done");
        case NEW_LINK -> newLink(owner, view);
        case DECLARATION_PDF -> view.proceedings() == null ? nothing(owner, view)
            : done(proceedings.declaration(owner.chatId(), view, owner.language(), today));
        case LIFT_PROCEEDINGS -> view.proceedings() == null ? nothing(owner, view)
            : send(owner, view, r -> new CaseCommand.LiftProceedings(key, r), "owner.proceedings.lifted");
        case STATEMENT -> done(statements.forOwner(owner, view, today));
        case STATEMENT_SEND -> statements.toDebtor(owner, view);
        case COURSE -> action.taskId() == null ? done(card(owner, view)) : profiles.accept(owner, view, action.taskId(), key);
        case IMPORTANT -> profiles.toggleImportance(owner, view, key);
        default -> done(card(owner, view));
      };
    });
  }

  /**
   * The case card, with the button to record a payment and, for what the bot captured (a promise,
   * a plan, a claimed payment), the buttons to correct it.
   */
  OutgoingMessage card(Owner owner, CaseView view) {
    List<List<OutgoingMessage.Button>> rows = new ArrayList<>();
    rows.add(List.of(button(owner, "button.paid", OwnerAction.Verb.PAID, view)));
    if (view.promise() != null) {
      rows.add(List.of(button(owner, "button.fix_promise", OwnerAction.Verb.FIX_PROMISE, view),
          button(owner, "button.reject_promise", OwnerAction.Verb.REJECT_PROMISE, view)));
    }
    if (view.plan() != null || view.planProposal() != null) {
      rows.add(List.of(button(owner, "button.fix_plan", OwnerAction.Verb.FIX_PLAN, view),
          button(owner, "button.reject_plan", OwnerAction.Verb.REJECT_PLAN, view)));
    }
    if (!view.delayReasons().isEmpty()) {
      rows.add(List.of(button(owner, "button.fix_reason", OwnerAction.Verb.FIX_REASON, view),
          button(owner, "button.reject_reason", OwnerAction.Verb.REJECT_REASON, view)));
    }
    if (view.claimedPayment() != null) {
      rows.add(List.of(button(owner, "button.fix_claim", OwnerAction.Verb.FIX_CLAIM, view)));
    }
    if (view.proceedings() != null) {
      rows.add(List.of(button(owner, "button.declaration", OwnerAction.Verb.DECLARATION_PDF, view),
          button(owner, "button.lift_proceedings", OwnerAction.Verb.LIFT_PROCEEDINGS, view)));
    }
    if (view.dispute() != null) {
      rows.addAll(OwnerFollowThrough.disputeButtons(texts, owner.language(), view.id(), List.of()).subList(0, 2));
    }
    return OutgoingMessage.withButtons(owner.chatId(), texts.card(view, owner.language(), owner.zone()), rows)
        .forOwnerOfCase(view.id());
  }

  private OutgoingMessage.Button button(Owner owner, String labelId, OwnerAction.Verb verb, CaseView view) {
    return OwnerTexts.button(texts.text(owner.language(), labelId), verb, view.id(), null);
  }

  /** Starts the conversation of a button on its case, or says there is nothing left to do there. */
  private CompletionStage<List<OutgoingMessage>> startFlow(Owner owner, CaseView view, CaseFlow flow, long updateId) {
    if (!flow.appliesTo(view)) {
      return nothing(owner, view);
    }
    Map<String, String> known = new HashMap<>(CaseFlow.known(view,
        cases.clock().instant().atZone(owner.zone()).toLocalDate()));
    if (flow instanceof PromiseFixFlow) {
      known.putAll(PromiseFixFlow.promised(view));
    }
    GuidedFlow.Context context = new GuidedFlow.Context(owner.chatId(), owner.businessId(), owner.language(), updateId);
    return flows.start(context, flow.name(), flow.questions().get(0).key(), known);
  }

  /** "Are you sure?": the button that confirms ({@code verb:<case>:yes}) and the one that keeps it (the card). */
  private OutgoingMessage confirm(Owner owner, CaseView view, OwnerAction.Verb verb, String askId,
                                  Map<String, Object> values) {
    Map<String, Object> all = new HashMap<>(values);
    all.put("debtor", view.debtor().name());
    return OutgoingMessage.withButtons(owner.chatId(), texts.text(owner.language(), askId, all), List.of(List.of(
        OwnerTexts.button(texts.text(owner.language(), "button.strike_out"), verb, view.id(), CONFIRMED),
        button(owner, "button.keep_it", OwnerAction.Verb.OPEN, view))));
  }

  /** What the button was about is no longer there (already settled, or changed meanwhile). */
  private CompletionStage<List<OutgoingMessage>> nothing(Owner owner, CaseView view) {
    return done(OutgoingMessage.withButtons(owner.chatId(), texts.text(owner.language(), "owner.fix.nothing",
        Map.of("debtor", view.debtor().name())), List.of(List.of(button(owner, "button.open", OwnerAction.Verb.OPEN,
        view)))));
  }

  private CompletionStage<List<OutgoingMessage>> send(Owner owner, CaseView view,
                                                      Function<ActorRef<CaseReply>, CaseCommand> command,
                                                      String confirmationId) {
    Money amount = balance(view);
    return cases.ask(view.id(), command).thenApply(reply -> List.of(reply instanceof CaseReply.Accepted
        ? OutgoingMessage.text(owner.chatId(), texts.text(owner.language(), confirmationId, Map.of(
            "debtor", view.debtor().name(),
            "amount", OwnerTexts.money(amount.amount(), view.currency(), owner.language())))).forOwnerOfCase(view.id())
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

  /** A new link for the case's debtor (the earlier ones stop working, a locked one included), to forward. */
  private CompletionStage<List<OutgoingMessage>> newLink(Owner owner, CaseView view) {
    return CompletableFuture.supplyAsync(() -> invitations.issueForDebtor(view.businessId(), view.id()), blocking)
        .thenApply(invitation -> List.of(OutgoingMessage.text(owner.chatId(), texts.text(owner.language(),
            "owner.new.link", Map.of("debtor", view.debtor().name(), "link", invitation.link()))).forCase(view.id())));
  }

  private static CompletionStage<List<OutgoingMessage>> done(OutgoingMessage message) {
    return CompletableFuture.completedFuture(List.of(message));
  }

  /** {@code /profiles}: the courses the debtors' profiles suggest ({@link OwnerProfiles}). */
  CompletionStage<List<OutgoingMessage>> profiles(Owner owner) {
    return profiles.suggestions(owner);
  }
}
