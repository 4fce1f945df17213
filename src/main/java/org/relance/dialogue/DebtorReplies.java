package org.relance.dialogue;

import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DebtorTalk.Answer;
import org.relance.dialogue.DialogueReply.DebtorMessage;
import org.relance.dialogue.PendingQuestion.Awaiting;
import org.relance.dialogue.PendingQuestion.Details;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;
import org.relance.metrics.ReplyReadings;
import org.relance.nlu.ReplyReader;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.facts.Facts;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerNotices.About;
import org.relance.owner.OwnerNotices.Notice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * What the bot answers a verified debtor, as a courteous person would: each message read by the
 * NLU ({@link ReplyReader}), each intent answered in the debtor's language, what the debtor commits
 * to confirmed with Yes / No before it is recorded in the case (with their verbatim words), what
 * needs the owner told at once ({@link OwnerAlerts}). A reason for the delay given alongside
 * another intent is recorded too. A reading the bot is unsure of is proposed back first
 * ({@link ReadingProposals}); a reply it cannot read, or a reading the debtor says is wrong, is
 * asked again once in their own words, then handed over to the owner with their words. A promise
 * without a date stays in progress until a reply gives the date. The same promise or plan is never
 * recapped twice within {@code sameRecapQuiet}.
 */
final class DebtorReplies {

  /** Intents that end whatever question was in progress. */
  private static final Set<Intent> OVERRIDING = Set.of(Intent.STOP_CONTACT, Intent.WRONG_CONTACT, Intent.DISPUTE);

  /** Questions a written "oui" / "non" answers. */
  private static final Set<Awaiting> YES_NO = Set.of(Awaiting.PROMISE_CONFIRMATION, Awaiting.PLAN_CONFIRMATION,
      Awaiting.PLAN_OFFER, Awaiting.READING_CONFIRMATION);

  /** Questions about a reading proposed back. */
  private static final Set<Awaiting> READINGS = Set.of(Awaiting.READING_CONFIRMATION, Awaiting.READING_CHOICE);

  /** Where a message splits into clauses read on their own. */
  private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile(
      "[,;.!?]+|\\s+(?:et|and|mais|but|puis|then)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final ReplyReader reader;
  private final FactExtractor facts;
  private final DebtorTexts texts;
  private final OwnerAlerts notices;
  private final CaseCalls calls;
  private final PlanReplies plans;
  private final ReadingProposals readings;
  private final ReadingQuestions questions;
  private final Duration sameRecapQuiet;
  private final Executor blocking;
  private final DebtorProceedings proceedings;
  private final ReplyReadings counted;

  DebtorReplies(OwnerCases cases, ReplyReader reader, FactExtractor facts, DebtorTexts texts, OwnerAlerts notices,
                PlanProposals proposals, ReadingProposals readings, Duration sameRecapQuiet, Executor blocking,
                ReplyReadings counted) {
    this.reader = reader;
    this.facts = facts;
    this.texts = texts;
    this.notices = notices;
    this.calls = new CaseCalls(cases, notices, texts, blocking);
    this.plans = new PlanReplies(calls, proposals, texts);
    this.readings = readings;
    this.questions = new ReadingQuestions(texts);
    this.sameRecapQuiet = sameRecapQuiet;
    this.blocking = blocking;
    this.proceedings = new DebtorProceedings(calls, notices, blocking);
    this.counted = counted;
  }

  /** The answer to a message the debtor wrote. */
  CompletionStage<Answer> message(DebtorTalk talk, String text) {
    return CompletableFuture.supplyAsync(() -> reader.read(text, talk.today(), talk.language()), blocking)
        .thenCompose(reading -> {
          counted.record(reading.meaning().lang(), reading.meaning().uncertain());
          if (DebtorProceedings.stated(reading)) {
            return proceedings.answer(talk, reading, text);
          }
          if (DebtorProceedings.held(talk.view(), reading.meaning().intent())) {
            return proceedings.held(talk);
          }
          Intent intent = reading.meaning().intent();
          PendingQuestion pending = talk.pending();
          boolean overriding = OVERRIDING.contains(intent) && !reading.meaning().uncertain();
          boolean unclear = reading.meaning().uncertain() || intent == Intent.OTHER;
          Optional<Boolean> yesNo = DebtorTexts.writtenYesNo(text);
          if (yesNo.isPresent() && YES_NO.contains(pending.awaiting())) {
            return answered(talk, yesNo.get());
          }
          boolean reportsPayment = intent == Intent.ALREADY_PAID && !reading.meaning().uncertain();
          Facts ahead = facts.extract(text, talk.today(), false);
          if (!overriding && !reportsPayment && pending.is(Awaiting.PROMISE_DATE) && !ahead.dates().isEmpty()) {
            Details before = pending.details();
            return withReason(talk, intent, reading.meaning().reason(), text, done(confirmPromise(talk, ahead,
                before.amount(), before.method(), joined(before.words(), text))));
          }
          if ((unclear || intent == Intent.ACKNOWLEDGE) && pending.is(Awaiting.PROMISE_DATE)) {
            return whenAgain(talk, text);
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
            return calls.tell(talk, Notice.DISPUTE_DETAILS, talk.view(), About.words(text),
                talk.answer(talk.done(), talk.say(calls.business(talk, "debtor.dispute.thanks"))));
          }
          ReadingProposals.Check check = readings.check(reading.meaning(), reading.facts(), talk.today());
          if (!check.sure()) {
            boolean failedBefore = pending.is(Awaiting.NOTHING) && pending.tries() >= 1
                || READINGS.contains(pending.awaiting());
            return check.offered().isEmpty() || failedBefore ? notUnderstood(talk, text)
                : done(questions.propose(talk, check.offered(), ahead, text));
          }
          return understood(talk, check.actedOn(intent), reading.facts(), reading.meaning().reason(), text);
        });
  }

  /** A reading acted on (read sure, or confirmed by the debtor): the intent's answer, the reason, what else was asked. */
  CompletionStage<Answer> understood(DebtorTalk talk, Intent intent, Facts read, DelayReason reason, String text) {
    return withReason(talk, intent, reason, text, intent(talk, intent, read, reason, text))
        .thenCompose(answer -> alsoAsked(talk, intent, text, answer));
  }

  /** The label of the reading the debtor chose ({@code choice}: its id), as it is copied into the journal. */
  String choiceLabel(DebtorTalk talk, String choice) {
    return questions.choiceLabel(talk, choice);
  }

  /**
   * The reading the debtor chose ({@code choice}: its index among those proposed, or "Autre chose"):
   * acted on as a sure reading would be (a dated promise recorded at once: the proposal was its
   * confirmation); none of them: asked in their own words.
   */
  CompletionStage<Answer> chosen(DebtorTalk talk, String choice) {
    Details details = talk.pending().details();
    int index = choice.matches("\\d") ? Integer.parseInt(choice) : -1;
    if (details.readings() == null || index < 0 || index >= details.readings().size()) {
      return misread(talk, details.words());
    }
    Intent intent = details.readings().get(index);
    DelayReason reason = details.reasons().get(index);
    if (intent == Intent.PROMISE_TO_PAY && details.date() != null) {
      return withReason(talk, intent, reason, details.words(), recordPromise(talk, details));
    }
    return understood(talk, intent, facts.extract(details.words(), talk.today(), intent == Intent.ALREADY_PAID),
        reason, details.words());
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
    List<DebtorMessage> first = new ArrayList<>();
    if (asked.contains(Intent.REQUEST_DOCUMENT)) {
      first.add(talk.say(texts.document(talk)));
    }
    if (asked.contains(Intent.REQUEST_HUMAN)) {
      first.add(talk.say(calls.business(talk, "debtor.human")));
    }
    Answer combined = answer.after(first);
    return asked.contains(Intent.REQUEST_HUMAN)
        ? calls.tell(talk, Notice.TALK, talk.view(), About.words(text), combined) : done(combined);
  }

  /** The answer to Yes / No pressed (or written) under the question in progress. */
  CompletionStage<Answer> answered(DebtorTalk talk, boolean yes) {
    PendingQuestion pending = talk.pending();
    Details details = pending.details();
    return switch (pending.awaiting()) {
      case PROMISE_CONFIRMATION -> yes ? recordPromise(talk, details)
          : done(talk.answer(talk.next(Awaiting.PROMISE_DATE, Details.none()),
              talk.say(texts.text(talk.language(), "debtor.promise.again"))));
      case PLAN_CONFIRMATION -> yes ? plans.proposePlan(talk, details.plan(), details.words())
          : details.ownPlan() != null && !details.ownPlan().equals(details.plan())
              ? plans.proposePlan(talk, details.ownPlan(), details.words())
              : calls.tell(talk, Notice.PLAN_REQUEST, talk.view(), About.words(details.words()),
                  talk.answer(talk.done(), talk.say(calls.business(talk, "debtor.plan.forwarded"))));
      case PLAN_OFFER -> yes ? plans.plan(talk, new Facts(List.of(), List.of(), null, null), details.words())
          : done(talk.answer(talk.next(Awaiting.PROMISE_DATE, Details.none()),
              talk.say(texts.text(talk.language(), "debtor.promise.when"))));
      case READING_CONFIRMATION -> yes ? chosen(talk, "0") : misread(talk, details.words());
      default -> done(talk.answer(talk.done(), talk.say(texts.text(talk.language(), "debtor.stale"))));
    };
  }

  private CompletionStage<Answer> intent(DebtorTalk talk, Intent intent, Facts read, DelayReason reason, String text) {
    return switch (intent) {
      case PROMISE_TO_PAY -> PlanProposals.isSchedule(read) ? plans.plan(talk, read, text) : read.dates().isEmpty()
          ? done(talk.answer(talk.next(Awaiting.PROMISE_DATE, Details.promise(null, first(read.amounts()), read.method(),
              text)), talk.say(texts.text(talk.language(), "debtor.promise.when"))))
          : done(confirmPromise(talk, read, null, null, text));
      case REQUEST_PLAN -> plans.plan(talk, read, text);
      case ALREADY_PAID -> read.dates().isEmpty()
          ? done(talk.answer(talk.next(Awaiting.CLAIM_DETAILS, Details.promise(null, null, read.method(), text)),
              talk.say(calls.business(talk, "debtor.paid.when_how"))))
          : claim(talk, read.dates().get(0), read.method(), text);
      case DISPUTE -> calls.command(talk, r -> new CaseCommand.OpenDispute(text, talk.key("dispute"), r)).thenCompose(reply ->
          reply.isPresent()
              ? calls.tell(talk, Notice.DISPUTE, reply.get(), About.words(text), talk.answer(talk.next(
                  Awaiting.DISPUTE_DETAILS, Details.words(text)), talk.say(calls.business(talk, "debtor.dispute.ack"))))
              : calls.tell(talk, Notice.DISPUTE_DETAILS, talk.view(), About.words(text),
                  talk.answer(talk.done(), talk.say(calls.business(talk, "debtor.dispute.thanks")))));
      case HARDSHIP -> done(talk.answer(talk.next(Awaiting.PLAN_OFFER, Details.words(text)),
          talk.ask(texts.text(talk.language(), "debtor.hardship"), texts.yesNo(talk.language(), talk.number()))));
      case DELAY_REASON -> done(delayReason(talk, reason));
      case REQUEST_DOCUMENT -> done(talk.answer(talk.done(), talk.say(texts.document(talk))));
      case REQUEST_DISCOUNT -> calls.tell(talk, Notice.DISCOUNT, talk.view(), About.words(text),
          talk.answer(talk.done(), talk.say(calls.business(talk, "debtor.discount"))));
      case WRONG_CONTACT -> stop(talk, CaseEvent.ContactStop.WRONG_CONTACT, Notice.WRONG_CONTACT, "debtor.wrong_contact",
          text);
      case STOP_CONTACT -> stop(talk, CaseEvent.ContactStop.STOP_REQUESTED, Notice.STOP, "debtor.stop", text);
      case REQUEST_HUMAN -> calls.tell(talk, Notice.TALK, talk.view(), About.words(text),
          talk.answer(talk.done(), talk.say(calls.business(talk, "debtor.human"))));
      case ACKNOWLEDGE, OTHER -> done(talk.answer(talk.pending(), talk.say(texts.text(talk.language(),
          "debtor.acknowledge"))));
    };
  }

  /** Thanks for the reason (the recap too when the invoice is the problem), and when can they pay. */
  private Answer delayReason(DebtorTalk talk, DelayReason reason) {
    List<DebtorMessage> messages = new ArrayList<>();
    if (reason == DelayReason.INVOICE_ISSUE) {
      messages.add(talk.say(texts.text(talk.language(), "debtor.document", Map.of("recap",
          texts.recap(talk.view(), talk.language())))));
    }
    messages.add(talk.say(texts.text(talk.language(), reason == null ? "debtor.promise.when" : "debtor.reason.when")));
    return new Answer(new DialogueReply(messages, List.of()), talk.next(Awaiting.PROMISE_DATE, Details.none()));
  }

  /** A reason given with the message is recorded (and the owner told) whatever the intent that answers it. */
  private CompletionStage<Answer> withReason(DebtorTalk talk, Intent intent, DelayReason reason, String text,
                                             CompletionStage<Answer> answer) {
    if (reason == null || OVERRIDING.contains(intent)) {
      return answer;
    }
    boolean thank = intent != Intent.DELAY_REASON && intent != Intent.HARDSHIP;
    return calls.command(talk, r -> new CaseCommand.RecordDelayReason(reason, text, talk.key("reason"), r))
        .thenCompose(view -> answer.thenCompose(main -> {
          if (view.isEmpty()) {
            return done(main);
          }
          Answer thanked = thank ? main.after(List.of(talk.say(texts.text(talk.language(), "debtor.reason.thanks"))))
              : main;
          return CompletableFuture.supplyAsync(() -> notices.tell(Notice.REASON, view.get(), talk.business(),
              new About(text, reason)), blocking).thenApply(thanked::plus);
        }));
  }

  private Answer confirmPromise(DebtorTalk talk, Facts read, BigDecimal amountBefore, PaymentMethod methodBefore,
                                String words) {
    BigDecimal amount = read.amounts().isEmpty() ? amountBefore : first(read.amounts());
    PaymentMethod method = read.method() != null ? read.method() : methodBefore;
    Details promise = Details.promise(read.dates().get(0), amount, method, words);
    if (alreadyNoted(talk, promise)) {
      return talk.answer(talk.done(), talk.say(texts.text(talk.language(), "debtor.already_noted")));
    }
    return talk.answer(talk.next(Awaiting.PROMISE_CONFIRMATION, promise), talk.ask(texts.text(talk.language(),
        "debtor.promise.confirm", texts.promise(talk, promise)), texts.yesNo(talk.language(), talk.number())));
  }

  /** Whether the case holds this very promise, recorded less than {@code sameRecapQuiet} ago: its recap was sent. */
  private boolean alreadyNoted(DebtorTalk talk, Details promise) {
    CaseView.PromiseView held = talk.view().promise();
    BigDecimal balance = talk.view().balance();
    return held != null && held.date().equals(promise.date()) && held.method() == promise.method()
        && (held.amount() == null ? balance : held.amount())
            .compareTo(promise.amount() == null ? balance : promise.amount()) == 0
        && held.recordedAt().isAfter(calls.now().minus(sameRecapQuiet));
  }

  private CompletionStage<Answer> recordPromise(DebtorTalk talk, Details promise) {
    if (alreadyNoted(talk, promise)) {
      return done(talk.answer(talk.done(), talk.say(texts.text(talk.language(), "debtor.already_noted"))));
    }
    Money amount = promise.amount() == null ? null : new Money(promise.amount(), CaseCalls.currency(talk));
    return calls.command(talk, r -> new CaseCommand.RecordPromise(promise.date(), amount, promise.method(), promise.words(),
        talk.key("promise"), r)).thenCompose(view -> view.filter(v -> v.promise() != null).isEmpty()
        ? calls.notRecorded(talk, promise.words())
        : calls.tell(talk, Notice.PROMISE, view.get(), About.words(promise.words()), talk.answer(talk.done(),
            talk.say(texts.text(talk.language(), "debtor.promise.recorded", texts.promise(talk, promise))))));
  }

  private CompletionStage<Answer> claim(DebtorTalk talk, LocalDate date, PaymentMethod method, String words) {
    return calls.command(talk, r -> new CaseCommand.ClaimPayment(date, method, words, talk.key("claim"), r))
        .thenCompose(view -> view.filter(v -> v.claimedPayment() != null).isEmpty() ? calls.notRecorded(talk, words)
            : calls.tell(talk, Notice.CLAIM, view.get(), About.words(words),
                talk.answer(talk.done(), talk.say(calls.business(talk, "debtor.paid.recorded")))));
  }

  private CompletionStage<Answer> stop(DebtorTalk talk, CaseEvent.ContactStop reason, Notice notice, String textId,
                                       String words) {
    return calls.command(talk, r -> new CaseCommand.StopContact(reason, talk.key("stop"), r)).thenCompose(view ->
        calls.tell(talk, notice, view.orElse(talk.view()), About.words(words),
            talk.answer(talk.done(), talk.say(calls.business(talk, textId)))));
  }

  /**
   * A reply the bot cannot act on: under a Yes / No question, the question stands once; after a
   * reading proposed back, a failure; after a failure, the owner takes over with the debtor's words;
   * else, asked to rephrase once.
   */
  private CompletionStage<Answer> notUnderstood(DebtorTalk talk, String text) {
    PendingQuestion pending = talk.pending();
    if (READINGS.contains(pending.awaiting())) {
      return misread(talk, joined(pending.details().words(), text));
    }
    if (pending.tries() >= 1 && (pending.is(Awaiting.NOTHING) || YES_NO.contains(pending.awaiting()))) {
      return calls.handOver(talk, joined(pending.details().words(), text));
    }
    if (YES_NO.contains(pending.awaiting())) {
      return done(talk.answer(pending.triedOnce(), talk.say(texts.text(talk.language(), "debtor.rephrase"))));
    }
    return done(talk.answer(talk.again(Awaiting.NOTHING, Details.words(text)),
        talk.say(texts.text(talk.language(), "debtor.rephrase"))));
  }

  /** The reading proposed was not what the debtor meant: asked in their own words (a second failure in a row). */
  private CompletionStage<Answer> misread(DebtorTalk talk, String words) {
    return done(talk.answer(talk.again(Awaiting.NOTHING, Details.words(words)),
        talk.say(texts.text(talk.language(), "debtor.reading.own_words"))));
  }

  /**
   * A promise in progress and a reply without its date (unclear, or a mere "ok" / "not sure yet"): asked again
   * kindly once (the promise kept), then handed over.
   */
  private CompletionStage<Answer> whenAgain(DebtorTalk talk, String text) {
    Details before = talk.pending().details();
    String words = joined(before.words(), text);
    if (talk.pending().tries() >= 1) {
      return calls.handOver(talk, words);
    }
    return done(talk.answer(talk.again(Awaiting.PROMISE_DATE, Details.promise(null, before.amount(), before.method(),
        words)), talk.say(texts.text(talk.language(), "debtor.promise.when.again"))));
  }

  private static BigDecimal first(List<BigDecimal> amounts) {
    return amounts.isEmpty() ? null : amounts.get(0);
  }

  private static String joined(String before, String text) {
    return before == null || before.isBlank() ? text : before + "\n" + text;
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
