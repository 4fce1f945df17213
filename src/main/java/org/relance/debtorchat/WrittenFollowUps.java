package org.relance.debtorchat;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.debtorcase.CallOutcome;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.Channel;
import org.relance.dialogue.DebtorChats;
import org.relance.messages.MessageTemplates;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerChats;
import org.relance.owner.OwnerTexts;
import org.relance.readside.CaseProjections;
import org.relance.storage.Database;
import org.relance.email.DebtorEmails;
import org.relance.telegram.OutgoingMessage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * What the debtor is told in writing as their case is followed through, through their channel: a
 * promise taken by phone confirmed ("Suite à notre appel, vous vous êtes engagé à…"), the invitation to
 * propose a plan asked for on the phone (or the plan agreed on it), the request for the right number; and the
 * owner's notice of a missed instalment, with the day the ladder resumes (the debtor's notices of a plan keep
 * the contact rules: {@code outreach.OutreachQueue}). An
 * at-least-once projection over the case events; each event's messages are queued once
 * ({@code TelegramModule#sendOnce}, keyed by the event), to every verified chat of the case in its
 * language, by e-mail when the debtor has an address and no verified chat (or both, by the business's
 * choice), or, when the debtor has neither, to the owner's chats ready to send by e-mail or SMS. The
 * moments are the case's: a plan's notices fall due in the daytime (see {@code CaseFollowThrough}), the
 * rest answers the owner's own button. An event older than {@code maxAge} when first seen (the first
 * start on an old journal) is not sent.
 */
final class WrittenFollowUps extends Handler<EventEnvelope<CaseEvent>> {

  static final String NAME = "written-follow-ups";

  /** Queues messages once under a key. */
  public interface Outbox {
    CompletionStage<Boolean> sendOnce(String key, List<OutgoingMessage> messages);
  }

  /** A text for the debtor (null: none) and for the owner (null: none): ids and values, but the business and any language-dependent value. */
  private record Note(String id, Money amount, LocalDate date, LocalDate resumes, String ownerId) {}

  private final OwnerCases cases;
  private final DebtorChats debtorChats;
  private final OwnerChats ownerChats;
  private final MessageTemplates templates;
  private final Outbox outbox;
  private final Clock clock;
  private final Duration maxAge;
  private final Executor blocking;
  private final Optional<DebtorEmails> emails;

  /** The Telegram messages of an event, and the e-mail to the debtor's address when it goes by e-mail. */
  private record FollowUp(List<OutgoingMessage> messages, Optional<String> emailTo, String emailText) {}

  private WrittenFollowUps(OwnerCases cases, DebtorChats debtorChats, OwnerChats ownerChats,
                           MessageTemplates templates, Outbox outbox, Clock clock, Duration maxAge, Executor blocking,
                           Optional<DebtorEmails> emails) {
    this.emails = emails;
    this.cases = cases;
    this.debtorChats = debtorChats;
    this.ownerChats = ownerChats;
    this.templates = templates;
    this.outbox = outbox;
    this.clock = clock;
    this.maxAge = maxAge;
    this.blocking = blocking;
  }

  static void init(ActorSystem<?> system, Database database, int tagCount, OwnerCases cases,
                   MessageTemplates templates, Outbox outbox, Duration maxAge, Executor blocking,
                   Optional<DebtorEmails> emails) {
    DebtorChats debtorChats = new DebtorChats(database.dataSource());
    OwnerChats ownerChats = new OwnerChats(database.dataSource());
    CaseProjections.get(system).atLeastOnceAsync(NAME, database, tagCount, () -> new WrittenFollowUps(cases,
        debtorChats, ownerChats, templates, outbox, cases.clock(), maxAge, blocking, emails));
  }

  @Override
  public CompletionStage<Done> process(EventEnvelope<CaseEvent> envelope) {
    CaseEvent event = envelope.event();
    Optional<Note> note = note(event);
    if (note.isEmpty() || event.at().isBefore(clock.instant().minus(maxAge))) {
      return CompletableFuture.completedFuture(Done.getInstance());
    }
    String caseId = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
    String key = "written:" + envelope.persistenceId() + ":" + envelope.sequenceNr();
    return cases.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> !(reply instanceof CaseReply.Accepted found)
        ? CompletableFuture.completedFuture(Done.getInstance())
        : cases.profile(found.view().businessId()).thenCompose(profile -> profile.isEmpty()
            ? CompletableFuture.completedFuture(Done.getInstance())
            : CompletableFuture.supplyAsync(() -> followUp(found.view(), profile.get(), note.get()), blocking)
                .thenCompose(followUp -> outbox.sendOnce(key, followUp.messages())
                    .thenCompose(sent -> followUp.emailTo().isEmpty() ? CompletableFuture.completedFuture(null)
                        : emails.orElseThrow().sendOnce(key, caseId, found.view(), profile.get(),
                            followUp.emailTo().get(), followUp.emailText())))
                .thenApply(sent -> Done.getInstance())));
  }

  /** What the debtor is told of this event, if anything. */
  private static Optional<Note> note(CaseEvent event) {
    if (event instanceof CaseEvent.PromiseRecorded p && p.promise().byPhone()) {
      return Optional.of(new Note("debtor.call.promise", p.promise().amount(), p.promise().date(), null, null));
    }
    if (event instanceof CaseEvent.CallLogged c && c.outcome() == CallOutcome.PLAN_REQUESTED && !c.settledOnPhone()) {
      return Optional.of(new Note("debtor.call.plan", null, null, null, null));
    }
    if (event instanceof CaseEvent.CallLogged c && c.outcome() == CallOutcome.WRONG_NUMBER && !c.settledOnPhone()) {
      return Optional.of(new Note("debtor.call.wrong_number", null, null, null, null));
    }
    if (event instanceof CaseEvent.PlanAgreed p && p.byPhone()) {
      return Optional.of(new Note("debtor.call.plan_agreed", null, null, null, null));
    }
    if (event instanceof CaseEvent.InstallmentMissed m && m.ladderResumesOn() != null) {
      return Optional.of(new Note(null, m.amount(), m.dueOn(), m.ladderResumesOn(), "owner.plan.missed_notice"));
    }
    return Optional.empty();
  }

  /**
   * The owner's notice; then the note to each verified chat of the debtor, by e-mail to an address that never
   * bounced when no chat is verified or the business chose both (nothing by e-mail once the debtor asked to
   * stop), else to the owner to send by hand (nothing to the debtor for a missed instalment: its notice keeps
   * the contact rules, {@code outreach.Outreach}). Blocking.
   */
  private FollowUp followUp(CaseView view, BusinessProfile business, Note note) {
    List<OutgoingMessage> messages = new ArrayList<>();
    List<String> owners = ownerChats.chatsOf(view.businessId());
    Language ownerLanguage = business.language();
    if (note.ownerId() != null) {
      owners.forEach(chat -> messages.add(OutgoingMessage.text(chat, text(note.ownerId(), view, business, note,
          ownerLanguage)).forOwnerOfCase(view.id())));
    }
    if (note.id() == null) {
      return new FollowUp(messages, Optional.empty(), null);
    }
    List<DebtorChats.Binding> verified = debtorChats.verifiedOn(Channel.TELEGRAM, view.id());
    Optional<String> emailTo = view.contactStopped() != null || (!verified.isEmpty() && !business.emailsWithChat())
        ? Optional.empty() : emails.flatMap(e -> e.reachable(view));
    verified.forEach(chat -> messages.add(OutgoingMessage.text(chat.chatId(), text(note.id(), view, business, note,
        chat.language())).forCase(view.id())));
    Language debtor = view.debtor().language() == null ? ownerLanguage : view.debtor().language();
    String message = text(note.id(), view, business, note, debtor);
    if (verified.isEmpty() && emailTo.isEmpty()) {
      owners.forEach(chat -> messages.add(OutgoingMessage.text(chat, templates.text(ownerLanguage,
          "owner.write.by_hand", Map.of("debtor", view.debtor().name(), "message", message)))
          .forOwnerOfCase(view.id())));
    }
    return new FollowUp(messages, emailTo, message);
  }

  private String text(String id, CaseView view, BusinessProfile business, Note note, Language language) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("business", business.name());
    values.put("debtor", view.debtor().name());
    values.put("amount", OwnerTexts.money(note.amount() == null ? view.balance() : note.amount().amount(),
        view.currency(), language));
    values.put("date", note.date() == null ? "" : OwnerTexts.date(note.date(), language));
    values.put("resumes", note.resumes() == null ? "" : OwnerTexts.date(note.resumes(), language));
    values.put("plan", view.plan() == null ? "" : view.plan().installments().stream().filter(i -> !i.paid())
        .map(i -> templates.text(language, "debtor.plan.line", Map.of("amount", OwnerTexts.money(i.amount(),
            view.currency(), language), "date", OwnerTexts.date(i.date(), language))))
        .collect(java.util.stream.Collectors.joining("\n")));
    return templates.text(language, id, values);
  }
}
