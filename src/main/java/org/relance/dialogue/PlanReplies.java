package org.relance.dialogue;

import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Installment;
import org.relance.dialogue.DebtorTalk.Answer;
import org.relance.dialogue.PendingQuestion.Awaiting;
import org.relance.dialogue.PendingQuestion.Details;
import org.relance.dialogue.PendingQuestion.Part;
import org.relance.nlu.facts.Facts;
import org.relance.owner.OwnerNotices.About;
import org.relance.owner.OwnerNotices.Notice;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

/**
 * The debtor's side of a plan: what the bot offers ({@link PlanProposals}: their own schedule as
 * written when it fits the business's policy, else a plan within it, a written schedule being
 * countered as such), and the plan proposed to the case once they say yes (agreed within the
 * policy, else waiting for the owner). A plan the case already holds is not recapped again.
 */
final class PlanReplies {

  private final CaseCalls calls;
  private final PlanProposals proposals;
  private final DebtorTexts texts;

  PlanReplies(CaseCalls calls, PlanProposals proposals, DebtorTexts texts) {
    this.calls = calls;
    this.proposals = proposals;
    this.texts = texts;
  }

  /** The answer to a request for a plan (or a schedule written as a promise): a plan to confirm, or the owner asked. */
  CompletionStage<Answer> plan(DebtorTalk talk, Facts read, String words) {
    CaseView view = talk.view();
    PlanProposals.Offer offer = proposals.offer(view.balance(), CaseCalls.currency(talk).getDefaultFractionDigits(),
        talk.business().planPolicy(), read, talk.today());
    if (offer.proposal().isEmpty()) {
      return offer.own().isPresent() ? proposePlan(talk, offer.own().get(), words)
          : calls.tell(talk, Notice.PLAN_REQUEST, view, About.words(words),
              talk.answer(talk.done(), talk.say(calls.business(talk, "debtor.plan.forwarded"))));
    }
    List<Part> plan = offer.proposal().get();
    if (held(view.plan(), plan) || held(view.planProposal(), plan)) {
      return CompletableFuture.completedFuture(talk.answer(talk.done(),
          talk.say(texts.text(talk.language(), "debtor.already_noted"))));
    }
    String lines = texts.plan(plan, view.currency(), talk.today(), talk.language());
    String question = offer.ownFits() ? texts.text(talk.language(), "debtor.plan.own", Map.of("plan", lines))
        : texts.text(talk.language(), PlanProposals.isSchedule(read) ? "debtor.plan.counter" : "debtor.plan.propose",
            Map.of("plan", lines, "count", plan.size(), "business", talk.business().name()));
    return CompletableFuture.completedFuture(talk.answer(talk.next(Awaiting.PLAN_CONFIRMATION,
        Details.plan(plan, offer.own().orElse(null), words)), talk.ask(question,
        texts.yesNo(talk.language(), talk.number()))));
  }

  /** Proposes {@code parts} to the case: agreed within the policy, else waiting for the owner's yes. */
  CompletionStage<Answer> proposePlan(DebtorTalk talk, List<Part> parts, String words) {
    Currency currency = CaseCalls.currency(talk);
    List<Installment> installments = parts.stream()
        .map(p -> new Installment(p.date(), new Money(p.amount(), currency), false)).toList();
    return calls.command(talk, r -> new CaseCommand.ProposePlan(installments, words, talk.key("plan"), r))
        .thenCompose(view -> {
          if (view.filter(v -> v.plan() != null || v.planProposal() != null).isEmpty()) {
            return calls.notRecorded(talk, words);
          }
          boolean agreed = view.get().plan() != null;
          return calls.tell(talk, agreed ? Notice.PLAN_AGREED : Notice.PLAN_TO_DECIDE, view.get(), About.words(words),
              talk.answer(talk.done(), talk.say(calls.business(talk,
                  agreed ? "debtor.plan.agreed" : "debtor.plan.waiting"))));
        });
  }

  /** Whether the case already holds this plan (agreed or waiting for the owner): it was recapped when it was made. */
  private static boolean held(CaseView.PlanView held, List<Part> plan) {
    return held != null && held.installments().size() == plan.size()
        && IntStream.range(0, plan.size()).allMatch(i -> held.installments().get(i).date().equals(plan.get(i).date())
            && held.installments().get(i).amount().compareTo(plan.get(i).amount()) == 0);
  }
}
