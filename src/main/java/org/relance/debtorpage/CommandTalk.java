package org.relance.debtorpage;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Installment;
import org.relance.debtorchat.PlanProposals;
import org.relance.gateway.CaseGateway;
import org.relance.messages.MessageTemplates;
import org.relance.nlu.facts.Facts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The page's turns given straight to the case (until the channel-neutral dialogue takes them): the
 * debtor's words or button copied into the journal (channel {@code page}), a promise, a plan within
 * the business's policy ({@link PlanProposals}), a claimed payment or a dispute recorded, and the
 * answer the debtor reads copied after it. Every command is keyed by the turn's id.
 */
final class CommandTalk implements PageTalk {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CaseGateway gateway;
  private final MessageTemplates templates;
  private final PlanProposals plans;
  private final Clock clock;

  CommandTalk(CaseGateway gateway, MessageTemplates templates, PlanProposals plans, Clock clock) {
    this.gateway = gateway;
    this.templates = templates;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public CompletionStage<List<CasePageHtml.Choice>> turn(String caseId, Language language, PageTurn turn) {
    return gateway.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> {
      CaseView view = ((CaseReply.Accepted) reply).view();
      return gateway.profile(view.businessId()).thenCompose(profile -> {
        BusinessProfile business = profile.orElseThrow();
        String words = said(language, turn);
        Map<String, Object> values = Map.of("business", business.name());
        return record(caseId, CaseEvent.Direction.IN, words, turn.id())
            .thenCompose(in -> gateway.ask(caseId, r -> command(view, business, turn, words, r)))
            .thenCompose(done -> record(caseId, CaseEvent.Direction.OUT, templates.text(language, answer(turn), values),
                turn.id() + ":answer"))
            .thenApply(out -> List.of());
      });
    });
  }

  /** What the debtor did, as the journal copies it. */
  private String said(Language language, PageTurn turn) {
    return switch (turn.kind()) {
      case SAY -> turn.words();
      case CHOOSE -> turn.choice();
      case PROMISE -> templates.text(language, "page.turn.promise", Map.of("date", DAY.format(turn.date())));
      case PAID -> templates.text(language, "page.turn.paid", Map.of("date", DAY.format(turn.date())));
      case PLAN -> templates.text(language, "page.turn.plan");
      case DISPUTE -> templates.text(language, "page.turn.dispute", Map.of("reason", turn.words()));
    };
  }

  private static String answer(PageTurn turn) {
    return switch (turn.kind()) {
      case PROMISE, SAY, CHOOSE -> "debtor.handover";
      case PLAN -> "debtor.plan.agreed";
      case PAID -> "debtor.paid.recorded";
      case DISPUTE -> "debtor.dispute.thanks";
    };
  }

  private CaseCommand command(CaseView view, BusinessProfile business, PageTurn turn, String words,
                              org.apache.pekko.actor.typed.ActorRef<CaseReply> r) {
    String key = turn.id() + ":" + turn.kind().name().toLowerCase(java.util.Locale.ROOT);
    return switch (turn.kind()) {
      case PROMISE -> new CaseCommand.RecordPromise(turn.date(), null, null, words, key, r);
      case PAID -> new CaseCommand.ClaimPayment(turn.date(), null, words, key, r);
      case DISPUTE -> new CaseCommand.OpenDispute(turn.words(), key, r);
      case PLAN -> new CaseCommand.ProposePlan(plan(view, business), words, key, r);
      case SAY, CHOOSE -> new CaseCommand.Get(r);
    };
  }

  /** The plan the business's policy allows for the balance (monthly payments from the usual first day). */
  private List<Installment> plan(CaseView view, BusinessProfile business) {
    LocalDate today = LocalDate.now(clock.withZone(business.timezone()));
    return plans.offer(view.balance(), 2, business.planPolicy(),
            new Facts(List.of(), List.of(), null, null), today).proposal().orElse(List.of()).stream()
        .map(p -> new Installment(p.date(), new Money(p.amount(), java.util.Currency.getInstance(view.currency())), false)).toList();
  }

  private CompletionStage<CaseReply> record(String caseId, CaseEvent.Direction direction, String text, String key) {
    return gateway.ask(caseId, r -> new CaseCommand.RecordMessage(direction, PageCases.CHANNEL, text,
        direction == CaseEvent.Direction.OUT ? CaseEvent.Delivery.DELIVERED : null, null, key, r));
  }
}
