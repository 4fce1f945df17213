package org.relance.debtorchat;

import org.apache.pekko.actor.typed.ActorRef;
import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Installment;
import org.relance.debtorchat.DebtorTalk.Answer;
import org.relance.debtorchat.PendingQuestion.Awaiting;
import org.relance.debtorchat.PendingQuestion.Details;
import org.relance.debtorchat.PendingQuestion.Part;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;
import org.relance.nlu.ReplyReader;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.facts.Facts;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerNotices;
import org.relance.owner.OwnerNotices.About;
import org.relance.owner.OwnerNotices.Notice;
import org.relance.telegram.OutgoingMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the bot answers a verified debtor, as a courteous person would: each message read by the
 * NLU ({@link ReplyReader}), each intent answered in the debtor's language, what the debtor commits
 * to confirmed with Yes / No before it is recorded in the case (with their verbatim words), what
 * needs the owner told at once ({@link OwnerNotices}). A reason for the delay given alongside
 * another intent is recorded too. A reply not understood is asked again once, then handed over.
 */
final class DebtorReplies {

  /** Intents that end whatever question was in progress. */
  private static final Set<Intent> OVERRIDING = Set.of(Intent.STOP_CONTACT, Intent.WRONG_CONTACT, Intent.DISPUTE);

  /** Where a message splits into clauses read on their own. */
  private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile(
      "[,;.!?]+|\\s+(?:et|and|mais|but|puis|then)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final OwnerCases cases;
  private final ReplyReader reader;
  private final FactExtractor facts;
  private final DebtorTexts texts;
  private final OwnerNotices notices;
  private final PlanProposals proposals;
  private final Executor blocking;
  private final DebtorProceedings proceedings;

  DebtorReplies(OwnerCases cases, ReplyReader reader, FactExtractor facts, DebtorTexts texts, OwnerNotices notices,
                PlanProposals proposals, Executor blocking) {
    this.cases = cases;
    this.reader = reader;
    this.facts = facts;
    this.texts = texts;
    this.notices = notices;
    this.proposals = proposals;
    this.blocking = blocking;
    this.proceedings = new DebtorProceedings(cases, texts, notices, blocking);
  }

  /** The answer to a message the debtor wrote. */
  CompletionStage<Answer> message(DebtorTalk talk, String text) {
    return CompletableFuture.supplyAsync(() -> reader.read(text, talk.today(), talk.language()), blocking)
        .thenCompose(reading -> {
          if (DebtorProceedings.stated(reading)) {
            return proceedings.answer(talk, reading, text);
          }
          if (DebtorProceedings.held(talk.view(), reading.meaning().intent())) {
            return proceedings.held(talk);
          }
          Intent intent = reading.meaning().intent();
          PendingQuestion pending = talk.pending();
          boolean overriding = OVERRIDING.contains(intent) && !reading.meaning().uncertain();
          Optional<Boolean> yesNo = yesNo(text);
          if (yesNo.isPresent() && (pending.is(Awaiting.PROMISE_CONFIRMATION) || pending.is(Awaiting.PLAN_CONFIRMATION)
              || pending.is(Awaiting.PLAN_OFFER))) {
            return answered(talk, yesNo.get());
          }
          boolean reportsPayment = intent == Intent.ALREADY_PAID && !reading.meaning().uncertain();
          Facts ahead = facts.extract(text, talk.today(), false);
          if (!overriding && !reportsPayment && pending.is(Awaiting.PROMISE_DATE) && !ahead.dates().isEmpty()) {
            Details before = pending.details();
            return withReason(talk, reading, text, done(confirmPromise(talk, ahead, before.amount(),
                before.method(), joined(before.words(), text))));
          }
          if (!overriding && pending.is(Awaiting.CLAIM_DETAILS)) {
            Facts reported = facts.extract(text, talk.today(), true);
            Details before = pending.details();
            LocalDate date = reported.dates().stream().filter(d -> !d.isAfter(talk.today())).findFirst()
                .orElse(before.date());
            return claim(talk, date, reported.method() != null ? reported.method() : before.method(),
                joined(before.words(), text));
          }
          if (pending.is(Awaiting.DISPUTE_DETAILS) && (intent == Intent.DISPUTE || !overriding)) {
            return tell(talk, Notice.DISPUTE_DETAILS, talk.view(), About.words(text),
                talk.answer(talk.done(), talk.say(business(talk, "debtor.dispute.thanks"))));
          }
          if (reading.meaning().uncertain() || intent == Intent.OTHER) {
            return notUnderstood(talk, text);
          }
          return withReason(talk, reading, text, intent(talk, intent, reading.facts(), reading.meaning().reason(), text))
              .thenCompose(answer -> alsoAsked(talk, intent, text, answer));
        });
  }

  /**
   * A document or a call asked in a clause of a message whose primary intent is another ("Envoyez le
   * RIB et je paie demain"): each clause is read on its own, and the document sent (or the owner
   * asked to call) before the answer to the primary intent.
   */
  private CompletionStage<Answer> alsoAsked(DebtorTalk talk, Intent primary, String text, Answer answer) {
    if (primary == Intent.REQUEST_DOCUMENT || primary == Intent.REQUEST_HUMAN || OVERRIDING.contains(primary)) {
      return done(answer);
    }
    List<String> clauses = List.of(CLAUSES.split(text)).stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (clauses.size() < 2) {
      return done(answer);
    }
    return CompletableFuture.supplyAsync(() -> clauses.stream()
        .map(c -> reader.read(c, talk.today(), talk.language()).meaning()).filter(m -> !m.uncertain())
        .map(m -> m.intent()).collect(java.util.stream.Collectors.toSet()), blocking)
        .thenCompose(asked -> withAlsoAsked(talk, asked, text, answer));
  }

  private CompletionStage<Answer> withAlsoAsked(DebtorTalk talk, Set<Intent> asked, String text, Answer answer) {
    List<OutgoingMessage> first = new ArrayList<>();
    if (asked.contains(Intent.REQUEST_DOCUMENT)) {
      first.add(talk.say(document(talk)));
    }
    if (asked.contains(Intent.REQUEST_HUMAN)) {
      first.add(talk.say(business(talk, "debtor.human")));
    }
    first.addAll(answer.messages());
    Answer combined = new Answer(first, answer.next());
    return asked.contains(Intent.REQUEST_HUMAN)
        ? tell(talk, Notice.TALK, talk.view(), About.words(text), combined) : done(combined);
  }

  /** The answer to Yes / No pressed (or written) under the question in progress. */
  CompletionStage<Answer> answered(DebtorTalk talk, boolean yes) {
    PendingQuestion pending = talk.pending();
    Details details = pending.details();
    return switch (pending.awaiting()) {
      case PROMISE_CONFIRMATION -> yes ? recordPromise(talk, details)
          : done(talk.answer(talk.next(Awaiting.PROMISE_DATE, Details.none()),
              talk.say(texts.text(talk.language(), "debtor.promise.again"))));
      case PLAN_CONFIRMATION -> yes ? proposePlan(talk, details.plan(), details.words())
          : details.ownPlan() != null && !details.ownPlan().equals(details.plan())
              ? proposePlan(talk, details.ownPlan(), details.words())
              : tell(talk, Notice.PLAN_REQUEST, talk.view(), About.words(details.words()),
                  talk.answer(talk.done(), talk.say(business(talk, "debtor.plan.forwarded"))));
      case PLAN_OFFER -> yes ? plan(talk, new Facts(List.of(), List.of(), null, null), details.words())
          : done(talk.answer(talk.next(Awaiting.PROMISE_DATE, Details.none()),
              talk.say(texts.text(talk.language(), "debtor.promise.when"))));
      default -> done(talk.answer(talk.done(), talk.say(texts.text(talk.language(), "debtor.stale"))));
    };
  }

  private CompletionStage<Answer> intent(DebtorTalk talk, Intent intent, Facts read, DelayReason reason, String text) {
    return switch (intent) {
      case PROMISE_TO_PAY -> read.dates().isEmpty()
          ? done(talk.answer(talk.next(Awaiting.PROMISE_DATE, Details.promise(null, first(read.amounts()), read.method(),
              text)), talk.say(texts.text(talk.language(), "debtor.promise.when"))))
          : done(confirmPromise(talk, read, null, null, text));
      case REQUEST_PLAN -> plan(talk, read, text);
      case ALREADY_PAID -> read.dates().isEmpty()
          ? done(talk.answer(talk.next(Awaiting.CLAIM_DETAILS, new Details(null, null, read.method(), text, null, null,
              null, null)), talk.say(business(talk, "debtor.paid.when_how"))))
          : claim(talk, read.dates().get(0), read.method(), text);
      case DISPUTE -> command(talk, r -> new CaseCommand.OpenDispute(text, talk.key("dispute"), r)).thenCompose(reply ->
          reply.isPresent()
              ? tell(talk, Notice.DISPUTE, reply.get(), About.words(text), talk.answer(talk.next(
                  Awaiting.DISPUTE_DETAILS, Details.words(text)), talk.say(business(talk, "debtor.dispute.ack"))))
              : tell(talk, Notice.DISPUTE_DETAILS, talk.view(), About.words(text),
                  talk.answer(talk.done(), talk.say(business(talk, "debtor.dispute.thanks")))));
      case HARDSHIP -> done(talk.answer(talk.next(Awaiting.PLAN_OFFER, Details.words(text)),
          talk.ask(texts.text(talk.language(), "debtor.hardship"), texts.yesNo(talk.language(), talk.updateId()))));
      case DELAY_REASON -> done(delayReason(talk, reason));
      case REQUEST_DOCUMENT -> done(talk.answer(talk.done(), talk.say(document(talk))));
      case REQUEST_DISCOUNT -> tell(talk, Notice.DISCOUNT, talk.view(), About.words(text),
          talk.answer(talk.done(), talk.say(business(talk, "debtor.discount"))));
      case WRONG_CONTACT -> stop(talk, CaseEvent.ContactStop.WRONG_CONTACT, Notice.WRONG_CONTACT, "debtor.wrong_contact",
          text);
      case STOP_CONTACT -> stop(talk, CaseEvent.ContactStop.STOP_REQUESTED, Notice.STOP, "debtor.stop", text);
      case REQUEST_HUMAN -> tell(talk, Notice.TALK, talk.view(), About.words(text),
          talk.answer(talk.done(), talk.say(business(talk, "debtor.human"))));
      case ACKNOWLEDGE, OTHER -> done(talk.answer(talk.pending(), talk.say(texts.text(talk.language(),
          "debtor.acknowledge"))));
    };
  }

  /** Thanks for the reason (the recap too when the invoice is the problem), and when can they pay. */
  private Answer delayReason(DebtorTalk talk, DelayReason reason) {
    List<OutgoingMessage> messages = new ArrayList<>();
    if (reason == DelayReason.INVOICE_ISSUE) {
      messages.add(talk.say(texts.text(talk.language(), "debtor.document", Map.of("recap",
          texts.recap(talk.view(), talk.language())))));
    }
    messages.add(talk.say(texts.text(talk.language(), reason == null ? "debtor.promise.when" : "debtor.reason.when")));
    return new Answer(messages, talk.next(Awaiting.PROMISE_DATE, Details.none()));
  }

  /** A reason given with the message is recorded (and the owner told) whatever the intent that answers it. */
  private CompletionStage<Answer> withReason(DebtorTalk talk, ReplyReader.Reading reading, String text,
                                             CompletionStage<Answer> answer) {
    DelayReason reason = reading.meaning().reason();
    if (reason == null || OVERRIDING.contains(reading.meaning().intent())) {
      return answer;
    }
    boolean thank = reading.meaning().intent() != Intent.DELAY_REASON && reading.meaning().intent() != Intent.HARDSHIP;
    return command(talk, r -> new CaseCommand.RecordDelayReason(reason, text, talk.key("reason"), r))
        .thenCompose(view -> answer.thenCompose(main -> {
          if (view.isEmpty()) {
            return done(main);
          }
          List<OutgoingMessage> messages = new ArrayList<>();
          if (thank) {
            messages.add(talk.say(texts.text(talk.language(), "debtor.reason.thanks")));
          }
          messages.addAll(main.messages());
          return CompletableFuture.supplyAsync(() -> notices.tell(Notice.REASON, view.get(), talk.business(),
              new About(text, reason)), blocking).thenApply(new Answer(messages, main.next())::plus);
        }));
  }

  private Answer confirmPromise(DebtorTalk talk, Facts read, BigDecimal amountBefore, PaymentMethod methodBefore,
                                String words) {
    BigDecimal amount = read.amounts().isEmpty() ? amountBefore : first(read.amounts());
    PaymentMethod method = read.method() != null ? read.method() : methodBefore;
    Details promise = Details.promise(read.dates().get(0), amount, method, words);
    return talk.answer(talk.next(Awaiting.PROMISE_CONFIRMATION, promise), talk.ask(texts.text(talk.language(),
        "debtor.promise.confirm", promiseValues(talk, promise)), texts.yesNo(talk.language(), talk.updateId())));
  }

  private Map<String, Object> promiseValues(DebtorTalk talk, Details promise) {
    CaseView view = talk.view();
    return Map.of("amount", DebtorTexts.money(promise.amount() == null ? view.balance() : promise.amount(),
            view.currency(), talk.language()), "method", texts.method(promise.method(), talk.language()),
        "date", DebtorTexts.day(promise.date(), talk.today(), talk.language()), "business", talk.business().name());
  }

  private CompletionStage<Answer> recordPromise(DebtorTalk talk, Details promise) {
    Money amount = promise.amount() == null ? null : new Money(promise.amount(), currency(talk));
    return command(talk, r -> new CaseCommand.RecordPromise(promise.date(), amount, promise.method(), promise.words(),
        talk.key("promise"), r)).thenCompose(view -> view.filter(v -> v.promise() != null).isEmpty()
        ? notRecorded(talk, promise.words())
        : tell(talk, Notice.PROMISE, view.get(), About.words(promise.words()), talk.answer(talk.done(),
            talk.say(texts.text(talk.language(), "debtor.promise.recorded", promiseValues(talk, promise))))));
  }

  private CompletionStage<Answer> plan(DebtorTalk talk, Facts read, String words) {
    CaseView view = talk.view();
    PlanProposals.Offer offer = proposals.offer(view.balance(), currency(talk).getDefaultFractionDigits(),
        talk.business().planPolicy(), read, talk.today());
    if (offer.proposal().isEmpty()) {
      return offer.own().isPresent() ? proposePlan(talk, offer.own().get(), words)
          : tell(talk, Notice.PLAN_REQUEST, view, About.words(words),
              talk.answer(talk.done(), talk.say(business(talk, "debtor.plan.forwarded"))));
    }
    List<Part> plan = offer.proposal().get();
    String lines = texts.plan(plan, view.currency(), talk.today(), talk.language());
    String question = offer.ownFits() ? texts.text(talk.language(), "debtor.plan.own", Map.of("plan", lines))
        : texts.text(talk.language(), "debtor.plan.propose", Map.of("plan", lines, "count", plan.size(),
            "business", talk.business().name()));
    return done(talk.answer(talk.next(Awaiting.PLAN_CONFIRMATION, Details.plan(plan, offer.own().orElse(null), words)),
        talk.ask(question, texts.yesNo(talk.language(), talk.updateId()))));
  }

  private CompletionStage<Answer> proposePlan(DebtorTalk talk, List<Part> parts, String words) {
    Currency currency = currency(talk);
    List<Installment> installments = parts.stream()
        .map(p -> new Installment(p.date(), new Money(p.amount(), currency), false)).toList();
    return command(talk, r -> new CaseCommand.ProposePlan(installments, words, talk.key("plan"), r))
        .thenCompose(view -> {
          if (view.filter(v -> v.plan() != null || v.planProposal() != null).isEmpty()) {
            return notRecorded(talk, words);
          }
          boolean agreed = view.get().plan() != null;
          return tell(talk, agreed ? Notice.PLAN_AGREED : Notice.PLAN_TO_DECIDE, view.get(), About.words(words),
              talk.answer(talk.done(), talk.say(business(talk, agreed ? "debtor.plan.agreed" : "debtor.plan.waiting"))));
        });
  }

  private CompletionStage<Answer> claim(DebtorTalk talk, LocalDate date, PaymentMethod method, String words) {
    return command(talk, r -> new CaseCommand.ClaimPayment(date, method, words, talk.key("claim"), r))
        .thenCompose(view -> view.filter(v -> v.claimedPayment() != null).isEmpty() ? notRecorded(talk, words)
            : tell(talk, Notice.CLAIM, view.get(), About.words(words),
                talk.answer(talk.done(), talk.say(business(talk, "debtor.paid.recorded")))));
  }

  private CompletionStage<Answer> stop(DebtorTalk talk, CaseEvent.ContactStop reason, Notice notice, String textId,
                                       String words) {
    return command(talk, r -> new CaseCommand.StopContact(reason, talk.key("stop"), r)).thenCompose(view ->
        tell(talk, notice, view.orElse(talk.view()), About.words(words),
            talk.answer(talk.done(), talk.say(business(talk, textId)))));
  }

  private CompletionStage<Answer> notUnderstood(DebtorTalk talk, String text) {
    PendingQuestion pending = talk.pending();
    if (pending.is(Awaiting.PROMISE_CONFIRMATION) || pending.is(Awaiting.PLAN_CONFIRMATION)
        || pending.is(Awaiting.PLAN_OFFER)) {
      return done(talk.answer(pending, talk.say(texts.text(talk.language(), "debtor.rephrase"))));
    }
    if (pending.is(Awaiting.NOTHING) && pending.tries() >= 1) {
      return tell(talk, Notice.NOT_UNDERSTOOD, talk.view(), About.words(text),
          talk.answer(talk.done(), talk.say(business(talk, "debtor.handover"))));
    }
    PendingQuestion again = new PendingQuestion(talk.chatId(), talk.caseId(), Awaiting.NOTHING, Details.words(text), 1,
        talk.updateId());
    return done(talk.answer(again, talk.say(texts.text(talk.language(), "debtor.rephrase"))));
  }

  private CompletionStage<Answer> notRecorded(DebtorTalk talk, String words) {
    return tell(talk, Notice.NOT_UNDERSTOOD, talk.view(), About.words(words),
        talk.answer(talk.done(), talk.say(business(talk, "debtor.not_recorded"))));
  }

  /** The invoice recap and the business's bank details. */
  private String document(DebtorTalk talk) {
    var business = talk.business();
    String recap = texts.text(talk.language(), "debtor.document", Map.of("recap", texts.recap(talk.view(),
        talk.language())));
    String bank = business.iban() == null || business.iban().isBlank()
        ? business(talk, "debtor.document.no_bank")
        : texts.text(talk.language(), "debtor.document.bank", Map.of("business", business.name(),
            "iban", business.iban(), "bic", business.bic() == null ? "" : business.bic()));
    return recap + "\n" + bank;
  }

  /** The owner's notice added after the debtor's answer (the owner chats are read on the blocking executor). */
  private CompletionStage<Answer> tell(DebtorTalk talk, Notice notice, CaseView view, About about, Answer answer) {
    return CompletableFuture.supplyAsync(() -> notices.tell(notice, view, talk.business(), about), blocking)
        .thenApply(answer::plus);
  }

  /** The case after the command, or empty when the case refused it. */
  private CompletionStage<Optional<CaseView>> command(DebtorTalk talk,
                                                      Function<ActorRef<CaseReply>, CaseCommand> command) {
    return cases.ask(talk.caseId(), command).thenApply(reply -> reply instanceof CaseReply.Accepted accepted
        ? Optional.of(accepted.view()) : Optional.empty());
  }

  private String business(DebtorTalk talk, String id) {
    return texts.text(talk.language(), id, Map.of("business", talk.business().name()));
  }

  private static Currency currency(DebtorTalk talk) {
    return Currency.getInstance(talk.view().currency());
  }

  private static BigDecimal first(List<BigDecimal> amounts) {
    return amounts.isEmpty() ? null : amounts.get(0);
  }

  private static String joined(String before, String text) {
    return before == null || before.isBlank() ? text : before + "\n" + text;
  }

  /** A written yes or no ("oui", "ok", "yes", "non", "no"), when that is all the message says. */
  static Optional<Boolean> yesNo(String text) {
    String word = DebtorTexts.normalized(text);
    if (Set.of("OUI", "OK", "OKAY", "YES", "YEP", "OUAIS", "DACCORD", "CESTCA", "CESTBIENCA", "EXACT", "CORRECT",
        "THATSRIGHT", "YESPLEASE", "OUIMERCI", "OUISVP").contains(word)) {
      return Optional.of(true);
    }
    if (Set.of("NON", "NO", "NOPE", "PASDUTOUT", "NONMERCI", "NOTHANKS").contains(word)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
