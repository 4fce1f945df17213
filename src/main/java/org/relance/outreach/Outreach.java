package org.relance.outreach;

import org.relance.gateway.CaseGateway;
import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent.Closure;
import org.relance.debtorcase.CaseEvent.SupersededBecause;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.Channel;
import org.relance.dialogue.DebtorChats;
import org.relance.email.DebtorEmails;
import org.relance.email.SmtpMailer;
import org.relance.privacy.Suppression;
import org.relance.owner.OwnerChats;
import org.relance.payment.CasePayments;
import org.relance.payment.EpcQr;
import org.relance.payment.PaymentDetails;
import org.relance.scheduling.TimeKeeper;
import org.relance.telegram.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Sends the held debtor messages (each rung's, and each plan's notice) when the contact rules allow: an {@link TimeKeeper.Alarm} whose
 * next instant is the earliest allowed moment among them (rung by the simulated clock's advances,
 * or by the alarm ticker on the system clock). Before a message goes, the case is asked again:
 * closed, contact stopped (or a contact of its debtor on the suppression list: a STOP kept after an
 * erasure), disputed, paused or held, or already at a later rung, the message is
 * recorded in the case's journal as superseded and not sent; otherwise it goes to every verified
 * chat of the case with its payment details, followed by the EPC QR code of the transfer as a photo
 * when there can be one, copied into its journal; never before the rung's day has begun in the debtor's
 * zone. A debtor with an e-mail address that never bounced gets it by e-mail when no chat is
 * verified, or by both when the business chose so ({@code BusinessProfile#emailWithChat}): one
 * message either way, counted once by the rules. A debtor with neither is written to by the owner:
 * the owner's chats get the message ready to copy into an e-mail or an SMS, at the same allowed
 * moment (nothing when the business has no owner chat either). A message is claimed in the table before it is put in the
 * outbox, so two rings never send it twice.
 */
public final class Outreach implements TimeKeeper.Alarm {

  private static final Logger log = LoggerFactory.getLogger(Outreach.class);

  private final OutreachStore store;
  private final DebtorChats chats;
  private final Suppression suppression;
  private final OwnerChats owners;
  private final ContactRules rules;
  private final OutreachTexts texts;
  private final Function<List<OutgoingMessage>, CompletionStage<Void>> outbox;
  private final CaseGateway cases;
  private final Clock clock;
  private final Executor blocking;
  private final Optional<DebtorEmails> email;

  public Outreach(OutreachStore store, DebtorChats chats, Suppression suppression, OwnerChats owners, ContactRules rules,
                  OutreachTexts texts, Function<List<OutgoingMessage>, CompletionStage<Void>> outbox,
                  CaseGateway cases, Clock clock, Executor blocking, Optional<DebtorEmails> email) {
    this.store = store;
    this.chats = chats;
    this.suppression = suppression;
    this.owners = owners;
    this.rules = rules;
    this.texts = texts;
    this.outbox = outbox;
    this.cases = cases;
    this.clock = clock;
    this.blocking = blocking;
    this.email = email;
  }

  /** Whether the debtor's contacts asked to stop, and the e-mail address that may be written to, if any. */
  private record Reach(boolean stopped, Optional<String> email) {}

  /** The earliest moment, on a whole minute strictly after {@code after}, when a held message may go. */
  @Override
  public CompletionStage<Optional<Instant>> nextAfter(Instant after) {
    Instant nextMinute = after.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    return CompletableFuture.supplyAsync(() -> {
      List<OutreachStore.Held> held = store.held();
      Map<String, ContactRules.Contact> contacts = contacts(held);
      return held.stream()
          .map(h -> rules.nextAllowed(contacts.get(h.caseId()), later(h.earliest(), nextMinute)))
          .min(Instant::compareTo);
    }, blocking);
  }

  /**
   * Sends or supersedes every held message the rules allow now, one after the other, each case's
   * contact history read once at the start (of two messages of one case, the older is superseded
   * by the later rung, so nothing sent during the ring changes what the rules decide).
   */
  @Override
  public CompletionStage<Void> ring(Instant at) {
    return CompletableFuture.supplyAsync(() -> {
      List<OutreachStore.Held> held = store.held();
      return Map.entry(held, contacts(held));
    }, blocking).thenCompose(found -> {
      CompletionStage<Void> all = CompletableFuture.completedFuture(null);
      for (OutreachStore.Held message : found.getKey()) {
        ContactRules.Contact contact = found.getValue().get(message.caseId());
        all = all.thenCompose(done -> settleIfAllowed(message, contact)
            .exceptionally(e -> {
              log.warn("The {} message of case {} stays held: {}", message.key(), message.caseId(),
                  e.getMessage());
              return null;
            }));
      }
      return all;
    });
  }

  /** A message the rules allow now: checked against the case, then sent to the debtor's chats or handed to the owner. */
  private CompletionStage<Void> settleIfAllowed(OutreachStore.Held message, ContactRules.Contact contact) {
    Instant now = clock.instant();
    return CompletableFuture.supplyAsync(() -> !message.earliest().isAfter(now)
            && rules.allows(contact, now)
            ? Optional.of(chats.verifiedOn(Channel.TELEGRAM, message.caseId()))
            : Optional.<List<DebtorChats.Binding>>empty(), blocking)
        .thenCompose(verified -> {
          if (verified.isEmpty()) {
            return CompletableFuture.completedFuture(null);
          }
          return cases.ask(message.caseId(), CaseCommand.Get::new).thenCompose(reply -> {

            if (!(reply instanceof CaseReply.Accepted accepted)) {
              return settle(message, OutreachStore.Status.SUPERSEDED, now, "no_case");
            }
            CaseView view = accepted.view();
            Optional<SupersededBecause> superseded = supersededBy(view, message, now);
            if (superseded.isPresent()) {
              return supersede(message, view, superseded.get(), now);
            }
            return CompletableFuture.supplyAsync(() -> new Reach(suppression.holds(view.businessId(),
                    Suppression.contacts(view.debtor().email(), view.debtor().phone(),
                        verified.get().stream().map(DebtorChats.Binding::chatId).toList())),
                    email.flatMap(e -> e.reachable(view))), blocking)
                .thenCompose(reach -> reach.stopped() ? supersede(message, view, SupersededBecause.CONTACT_STOPPED, now)
                    : reach.email().isPresent() ? sendByEmail(message, view, verified.get(), reach.email().get(), now)
                    : verified.get().isEmpty() ? handToOwner(message, view, now) : send(message, view, verified.get(), now));
          });
        });
  }

  /**
   * Why the case no longer calls for this message, if it does not. A plan's notice is not held back by the plan
   * (or the missed instalment's notice) it tells of, only by the plan having changed since.
   */
  static Optional<SupersededBecause> supersededBy(CaseView view, OutreachStore.Held message, Instant now) {
    if (view.closure() != null) {
      return Optional.of(view.closure() == Closure.PAID ? SupersededBecause.PAID : SupersededBecause.CLOSED);
    }
    if (view.contactStopped() != null) {
      return Optional.of(SupersededBecause.CONTACT_STOPPED);
    }
    if (view.holds().contains(CaseFile.Hold.DISPUTE)) {
      return Optional.of(SupersededBecause.DISPUTED);
    }
    if (view.holds().contains(CaseFile.Hold.OWNER_PAUSE)) {
      return Optional.of(SupersededBecause.PAUSED);
    }
    if (message.note() != null && view.holds().contains(CaseFile.Hold.COLLECTIVE_PROCEEDINGS)) {
      return Optional.of(SupersededBecause.ON_HOLD);
    }
    if (message.note() != null) {
      return message.note().outdated(view, now.atZone(message.businessZone()).toLocalDate())
          ? Optional.of(SupersededBecause.PLAN_CHANGED) : Optional.empty();
    }
    if (!view.holds().isEmpty()) {
      return Optional.of(SupersededBecause.ON_HOLD);
    }
    if (view.stage().compareTo(message.stage()) > 0) {
      return Optional.of(SupersededBecause.LATER_STEP);
    }
    return Optional.empty();
  }

  /** The case records it first (idempotent), then the message leaves the held ones. */
  private CompletionStage<Void> supersede(OutreachStore.Held message, CaseView view, SupersededBecause reason,
                                          Instant now) {
    String key = "outreach-superseded:" + message.key();
    return cases.ask(message.caseId(), replyTo -> new CaseCommand.RecordDebtorMessageSuperseded(
            message.stage() == null ? view.stage() : message.stage(), reason,
            message.note() == null ? null : message.note().kind().wire(), key, replyTo))
        .thenCompose(reply -> settle(message, OutreachStore.Status.SUPERSEDED, now, reason.wire()));
  }

  private CompletionStage<Void> send(OutreachStore.Held message, CaseView view, List<DebtorChats.Binding> verified,
                                     Instant now) {
    return business(view.businessId()).thenCompose(business -> claimThenSend(message, OutreachStore.Status.SENT, null,
        now, chatMessages(message, view, business, verified)));
  }

  private List<OutgoingMessage> chatMessages(OutreachStore.Held message, CaseView view, BusinessProfile business,
                                             List<DebtorChats.Binding> verified) {
    return verified.stream().flatMap(chat -> withQrCode(message, view, business, chat,
        OutgoingMessage.text(chat.chatId(), texts.message(message, view, business, chat.language()))
            .forCase(message.caseId())).stream()).toList();
  }

  /**
   * The debtor has an address e-mail may go to: by e-mail when no chat is verified, by e-mail and in the
   * chats when the business chose both, else in the chats only. Claimed first; an e-mail that could not
   * go now (the server away, the rung's letter not issued yet) puts the message back to held.
   */
  private CompletionStage<Void> sendByEmail(OutreachStore.Held message, CaseView view,
                                            List<DebtorChats.Binding> verified, String address, Instant now) {
    return business(view.businessId()).thenCompose(business -> {
      if (!verified.isEmpty() && !business.emailsWithChat()) {
        return claimThenSend(message, OutreachStore.Status.SENT, null, now, chatMessages(message, view, business,
            verified));
      }
      return CompletableFuture.supplyAsync(() -> store.settle(message.caseId(), message.key(),
              OutreachStore.Status.SENT, now, DebtorEmails.CHANNEL), blocking)
          .thenCompose(claimed -> !claimed ? CompletableFuture.completedFuture(null)
              : emailed(message, view, business, address)
                  .thenCompose(result -> result == SmtpMailer.Result.FAILED
                      ? CompletableFuture.runAsync(() -> store.holdAgain(message.caseId(), message.key()), blocking)
                          .thenCompose(held -> CompletableFuture.<Void>failedFuture(new IllegalStateException(
                              "the e-mail could not go now")))
                      : verified.isEmpty() ? CompletableFuture.<Void>completedFuture(null)
                      : outbox.apply(chatMessages(message, view, business, verified))));
    });
  }

  /** A rung's message by e-mail (its letter attached), or a plan's notice (sent once for its key). */
  private CompletionStage<SmtpMailer.Result> emailed(OutreachStore.Held message, CaseView view,
                                                     BusinessProfile business, String address) {
    if (message.note() == null) {
      return email.orElseThrow().sendStep(message.caseId(), message.stage(), view, business, address);
    }
    Language language = view.debtor().language() == null ? business.language() : view.debtor().language();
    return email.orElseThrow().sendOnce("outreach:" + message.caseId() + ":" + message.key(), message.caseId(), view,
        business, address, texts.message(message, view, business, language));
  }

  /**
   * A rung's message, then the EPC QR code of the transfer as a photo when there can be one (a right IBAN,
   * euros); a plan's notice alone (the code would carry the whole balance, not the instalment).
   */
  private List<OutgoingMessage> withQrCode(OutreachStore.Held held, CaseView view, BusinessProfile business,
                                           DebtorChats.Binding chat, OutgoingMessage message) {
    if (held.note() != null || !(PaymentDetails.forCase(view, business).qr() instanceof EpcQr.Ready)) {
      return List.of(message);
    }
    return List.of(message, OutgoingMessage.photo(chat.chatId(), CasePayments.qrFile(view.id()),
        texts.qrCaption(view, business, chat.language())).forCase(view.id()));
  }

  /** No verified chat: the owner's chats get the message to send by hand (kept as NO_CHAT either way). */
  private CompletionStage<Void> handToOwner(OutreachStore.Held message, CaseView view, Instant now) {
    return business(view.businessId()).thenCombine(
        CompletableFuture.supplyAsync(() -> owners.chatsOf(view.businessId()), blocking),
        (business, ownerChats) -> ownerChats.stream().map(chat -> OutgoingMessage.text(chat,
            texts.byHand(message, view, business, business.language())).forOwnerOfCase(message.caseId()))
            .toList())
        .thenCompose(messages -> claimThenSend(message, OutreachStore.Status.NO_CHAT,
            messages.isEmpty() ? null : "owner", now, messages));
  }

  /** Marks the message settled, then puts it in the outbox (held again if the outbox refuses it). */
  private CompletionStage<Void> claimThenSend(OutreachStore.Held message, OutreachStore.Status status, String reason,
                                              Instant now, List<OutgoingMessage> messages) {
    return CompletableFuture.supplyAsync(() -> store.settle(message.caseId(), message.key(), status, now, reason),
            blocking)
        .thenCompose(claimed -> !claimed || messages.isEmpty() ? CompletableFuture.completedFuture(null)
            : outbox.apply(messages).exceptionallyCompose(e -> CompletableFuture.runAsync(
                () -> store.holdAgain(message.caseId(), message.key()), blocking)
                .thenCompose(held -> CompletableFuture.failedFuture(e))));
  }

  private CompletionStage<Void> settle(OutreachStore.Held message, OutreachStore.Status status, Instant now,
                                       String reason) {
    return CompletableFuture.runAsync(() -> store.settle(message.caseId(), message.key(), status, now, reason),
        blocking);
  }

  /**
   * The rules' view of each case of these held messages (two queries for them all, this runs at
   * every check): what it was sent, its last exchange in any chat, the debtor's zone, the law.
   */
  private Map<String, ContactRules.Contact> contacts(List<OutreachStore.Held> held) {
    if (held.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Instant>> sent = store.sentToHeldCases();
    Map<String, Instant> exchanges = chats.lastExchanges(held.stream().map(OutreachStore.Held::caseId)
        .collect(Collectors.toSet()));
    Map<String, ContactRules.Contact> contacts = new HashMap<>();
    for (OutreachStore.Held h : held) {
      contacts.putIfAbsent(h.caseId(), new ContactRules.Contact(sent.getOrDefault(h.caseId(), List.of()),
          Optional.ofNullable(exchanges.get(h.caseId())), h.debtorZone(), h.jurisdiction()));
    }
    return contacts;
  }

  private CompletionStage<BusinessProfile> business(String businessId) {
    return cases.profile(businessId).thenApply(found -> found.orElseThrow(() -> new IllegalStateException("no business " + businessId)));
  }


  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
