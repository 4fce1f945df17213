package org.relance.debtorchat;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.common.SecretLinks;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorchat.DebtorChats.Binding;
import org.relance.debtorchat.DebtorTalk.Answer;
import org.relance.debtorchat.PendingQuestion.Awaiting;
import org.relance.debtorchat.PendingQuestion.Details;
import org.relance.invitations.Invitations;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerNotices;
import org.relance.telegram.CompositeRouter;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.UpdateFacts;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The debtor's side of the bot. Takes {@code /start <debtor token>} (in a private chat it binds the
 * chat to the case and asks for an invoice number or the invoice's postcode; a used or expired
 * link, or a group, gets a polite answer and nothing else; the owner's router answers an unknown
 * token and leaves a debtor's to this one) and every update of a chat bound to a debtor case:
 * verification first ({@link DebtorVerification}: tries counted on the link, locked at the limit,
 * the owner told), then the introduction in
 * the business's name with the recap of the open invoices, then the conversation
 * ({@link DebtorReplies}), asking which case a message is about when the chat has several. Each
 * message in is copied into the case's journal; the question in progress is kept in
 * {@link DebtorConversations}, so a restart continues it.
 */
public final class DebtorRouter implements CompositeRouter.Part {

  private static final Set<Awaiting> ABOUT_A_CASE = Set.of(Awaiting.PROMISE_CONFIRMATION, Awaiting.PROMISE_DATE,
      Awaiting.PLAN_CONFIRMATION, Awaiting.PLAN_OFFER, Awaiting.CLAIM_DETAILS, Awaiting.DISPUTE_DETAILS,
      Awaiting.READING_CONFIRMATION, Awaiting.READING_CHOICE);

  private final DebtorChats chats;
  private final DebtorConversations conversations;
  private final Invitations invitations;
  private final OwnerCases cases;
  private final DebtorTexts texts;
  private final DebtorReplies replies;
  private final DebtorVerification verification;
  private final Executor blocking;

  DebtorRouter(DebtorChats chats, DebtorConversations conversations, Invitations invitations, OwnerCases cases,
               DebtorTexts texts, DebtorReplies replies, OwnerNotices notices, int verificationTries,
               Executor blocking) {
    this.chats = chats;
    this.conversations = conversations;
    this.invitations = invitations;
    this.cases = cases;
    this.texts = texts;
    this.replies = replies;
    this.verification = new DebtorVerification(chats, conversations, invitations, cases, texts, notices,
        verificationTries, blocking);
    this.blocking = blocking;
  }

  /** What the service knows of a chat: its cases and the question in progress. */
  private record Known(List<Binding> bindings, Optional<PendingQuestion> pending) {}

  @Override
  public CompletionStage<Optional<List<OutgoingMessage>>> tryRoute(Update update) {
    Optional<String> chat = UpdateFacts.chatId(update);
    if (chat.isEmpty()) {
      return done(Optional.empty());
    }
    Optional<String> token = startToken(update);
    if (token.isPresent()) {
      return UpdateFacts.isPrivateChat(update) ? redeem(update, chat.get(), token.get())
          : done(Optional.of(List.of(OutgoingMessage.text(chat.get(),
              texts.text(UpdateFacts.language(update), "debtor.private_only")))));
    }
    return CompletableFuture.supplyAsync(() -> new Known(chats.casesOf(chat.get()), conversations.find(chat.get())),
        blocking).thenCompose(known -> known.bindings().isEmpty() ? done(Optional.empty())
        : converse(update, chat.get(), known).thenApply(Optional::of));
  }

  private CompletionStage<Optional<List<OutgoingMessage>>> redeem(Update update, String chat, String token) {
    Language hint = UpdateFacts.language(update);
    return CompletableFuture.supplyAsync(() -> invitations.redeem(token, Invitations.Kind.DEBTOR, chat), blocking)
        .thenCompose(redemption -> {
          if (redemption.refusal() == Invitations.Refusal.OTHER_KIND) {
            return done(Optional.empty());
          }
          if (!redemption.accepted()) {
            String id = redemption.refusal() == Invitations.Refusal.UNKNOWN ? "owner.invitation.unknown"
                : "debtor.invitation." + redemption.refusal().name().toLowerCase(Locale.ROOT);
            return done(Optional.of(List.of(OutgoingMessage.text(chat, texts.text(hint, id)))));
          }
          return view(redemption.caseId()).thenCompose(view -> view.isEmpty()
              ? done(Optional.of(List.of(OutgoingMessage.text(chat, texts.text(hint, "owner.invitation.unknown")))))
              : bind(update, chat, view.get(), hint).thenApply(Optional::of));
        });
  }

  /**
   * Binds the chat; asks for the invoice number (unless the link is locked), or shows the recap again
   * to a person already verified.
   */
  private CompletionStage<List<OutgoingMessage>> bind(Update update, String chat, CaseView view, Language hint) {
    Language language = view.debtor().language() == null ? hint : view.debtor().language();
    return CompletableFuture.supplyAsync(() -> {
      chats.bind(chat, view.id(), view.businessId(), language, cases.clock().instant());
      return chats.casesOf(chat).stream().anyMatch(b -> b.caseId().equals(view.id()) && b.verified());
    }, blocking).thenCompose(verified -> verified ? introduction(chat, view, language)
        : verification.ask(chat, view, hint, update.getUpdateId()));
  }

  private CompletionStage<List<OutgoingMessage>> converse(Update update, String chat, Known known) {
    Optional<PendingQuestion> pending = known.pending();
    if (update.hasCallbackQuery()) {
      OutgoingMessage stopSpinner = OutgoingMessage.callbackAnswer(chat, update.getCallbackQuery().getId(), null);
      return pressed(update, chat, known, update.getCallbackQuery().getData()).thenApply(messages -> {
        List<OutgoingMessage> all = new ArrayList<>(List.of(stopSpinner));
        all.addAll(messages);
        return all;
      });
    }
    if (!update.hasMessage() || !update.getMessage().hasText()) {
      return done(List.of());
    }
    String text = update.getMessage().getText();
    Language hint = UpdateFacts.language(update);
    if (pending.filter(p -> p.is(Awaiting.VERIFICATION)).isPresent()) {
      return verify(update, chat, pending.get(), known, text, hint);
    }
    if (pending.filter(p -> p.is(Awaiting.VERIFICATION_FAILED)).isPresent()) {
      return done(List.of(OutgoingMessage.text(chat, texts.text(hint, "debtor.verify.failed"))));
    }
    List<Binding> verified = known.bindings().stream().filter(Binding::verified).toList();
    if (verified.isEmpty()) {
      Binding latest = known.bindings().get(known.bindings().size() - 1);
      return view(latest.caseId()).thenCompose(view -> view.isPresent()
          ? verification.ask(chat, view.get(), hint, update.getUpdateId())
          : done(List.of(OutgoingMessage.text(chat, texts.text(hint, "debtor.verify.failed")))));
    }
    if (UpdateFacts.command(update).isPresent()) {
      boolean help = UpdateFacts.command(update).get().equals("help");
      return openCases(verified).thenCompose(open -> help
          ? done(List.of(OutgoingMessage.text(chat, texts.text(open.get(0).binding().language(), "debtor.help",
              Map.of("business", open.get(0).business().name())))))
          : introduction(chat, open.get(0).view(), open.get(0).binding().language()));
    }
    Optional<Binding> current = pending.filter(p -> ABOUT_A_CASE.contains(p.awaiting()))
        .flatMap(p -> binding(verified, p.caseId()));
    if (current.isPresent()) {
      return talk(chat, current.get(), update.getUpdateId(), pending.get())
          .thenCompose(talk -> heard(talk, text));
    }
    return openCases(verified).thenCompose(open -> open.size() == 1
        ? talk(chat, open.get(0).binding(), update.getUpdateId(), pendingOr(pending, chat, open.get(0).binding()))
            .thenCompose(talk -> heard(talk, text))
        : whichCase(chat, update.getUpdateId(), text, open, verified));
  }

  /**
   * A Yes / No, a reading or a case chosen: answered when it belongs to the question in progress,
   * politely refused otherwise.
   */
  private CompletionStage<List<OutgoingMessage>> pressed(Update update, String chat, Known known, String data) {
    String[] parts = data == null ? new String[0] : data.split(":");
    Optional<PendingQuestion> pending = known.pending();
    Language language = known.bindings().get(0).language();
    long askedBy = parts.length >= 3 ? parse(parts[parts.length - 1]) : -1;
    boolean current = pending.isPresent() && pending.get().askedBy() == askedBy;
    List<Binding> verified = known.bindings().stream().filter(Binding::verified).toList();
    Optional<Binding> about = pending.filter(p -> ABOUT_A_CASE.contains(p.awaiting()))
        .flatMap(p -> binding(verified, p.caseId()));
    if (current && about.isPresent() && parts.length == 3 && (parts[1].equals("yes") || parts[1].equals("no"))) {
      boolean yes = parts[1].equals("yes");
      return press(update, chat, about.get(), pending.get(),
          talk -> texts.text(talk.language(), yes ? "button.yes" : "button.no"), talk -> replies.answered(talk, yes));
    }
    if (current && about.isPresent() && parts.length == 4 && parts[1].equals("read")
        && pending.get().is(Awaiting.READING_CHOICE)) {
      return press(update, chat, about.get(), pending.get(), talk -> replies.choiceLabel(talk, data),
          talk -> replies.chosen(talk, parts[2]));
    }
    if (current && parts.length == 4 && parts[1].equals("case") && pending.get().is(Awaiting.WHICH_CASE)) {
      Optional<Binding> binding = binding(verified, parts[2]);
      Details held = pending.get().details();
      if (binding.isPresent() && held.heldText() != null) {
        return talk(chat, binding.get(), held.heldUpdate(), pendingOr(Optional.empty(), chat, binding.get()))
            .thenCompose(talk -> heard(talk, held.heldText()));
      }
    }
    return done(data != null && data.startsWith(DebtorTexts.PREFIX)
        ? List.of(OutgoingMessage.text(chat, texts.text(language, "debtor.stale"))) : List.of());
  }

  /** A button pressed under the question in progress: its label copied into the journal, then answered. */
  private CompletionStage<List<OutgoingMessage>> press(Update update, String chat, Binding binding,
                                                       PendingQuestion pending, Function<DebtorTalk, String> label,
                                                       Function<DebtorTalk, CompletionStage<Answer>> answer) {
    return talk(chat, binding, update.getUpdateId(), pending).thenCompose(talk ->
        journal(talk, label.apply(talk), talk.key(null))
            .thenCompose(v -> answer.apply(talk))
            .thenCompose(reply -> finish(talk, reply)));
  }

  /** A message of a verified debtor about one case: copied into the journal, then answered. */
  private CompletionStage<List<OutgoingMessage>> heard(DebtorTalk talk, String text) {
    return journal(talk, text, talk.key(null)).thenCompose(v -> talk.view().closure() != null
        ? done(new Answer(List.of(talk.say(texts.text(talk.language(), "debtor.closed"))), talk.done()))
        : replies.message(talk, text)).thenCompose(answer -> finish(talk, answer));
  }

  /** Keeps the next question and the exchange (for the outreach's quiet period), then answers. */
  private CompletionStage<List<OutgoingMessage>> finish(DebtorTalk talk, Answer answer) {
    return CompletableFuture.supplyAsync(() -> {
      var now = cases.clock().instant();
      conversations.save(answer.next(), now);
      chats.recordExchange(talk.chatId(), talk.caseId(), now);
      return answer.messages();
    }, blocking);
  }

  private CompletionStage<Void> journal(DebtorTalk talk, String text, String key) {
    return cases.ask(talk.caseId(), r -> new CaseCommand.RecordMessage(CaseEvent.Direction.IN, "telegram",
        SecretLinks.masked(text), null, null, key, r)).thenApply(reply -> null);
  }

  /** An answer to the verification question: the introduction once proved, else what the check says. */
  private CompletionStage<List<OutgoingMessage>> verify(Update update, String chat, PendingQuestion pending,
                                                        Known known, String text, Language hint) {
    return view(pending.caseId()).thenCompose(view -> {
      if (view.isEmpty()) {
        return done(List.of(OutgoingMessage.text(chat, texts.text(hint, "debtor.verify.failed"))));
      }
      Language language = binding(known.bindings(), pending.caseId()).map(Binding::language).orElse(hint);
      return verification.answer(chat, view.get(), text, hint, update.getUpdateId()).thenCompose(checked ->
          checked.passed() ? introduction(chat, view.get(), language) : done(checked.messages()));
    });
  }

  /** The bot introduces itself in the business's name and recaps the open invoices (or thanks: all is paid). */
  private CompletionStage<List<OutgoingMessage>> introduction(String chat, CaseView view, Language language) {
    return cases.profile(view.businessId()).thenApply(profile -> List.of(OutgoingMessage.text(chat,
        view.closure() != null || view.balance().signum() <= 0 ? texts.text(language, "debtor.closed")
            : texts.text(language, "debtor.intro", Map.of("business", profile.map(BusinessProfile::name).orElse(""),
                "recap", texts.recap(view, language)))).forCase(view.id())));
  }

  /** A verified binding with its case as it stands and its business. */
  private record OpenCase(Binding binding, CaseView view, BusinessProfile business) {}

  private CompletionStage<List<OpenCase>> openCases(List<Binding> verified) {
    CompletionStage<List<OpenCase>> all = done(List.of());
    for (Binding binding : verified) {
      all = all.thenCompose(list -> view(binding.caseId()).thenCompose(view -> view.isEmpty() ? done(list)
          : cases.profile(view.get().businessId()).thenApply(profile -> {
            List<OpenCase> more = new ArrayList<>(list);
            profile.ifPresent(p -> more.add(new OpenCase(binding, view.get(), p)));
            return more;
          })));
    }
    return all.thenApply(list -> {
      List<OpenCase> open = list.stream().filter(c -> c.view().closure() == null).toList();
      return open.isEmpty() && !list.isEmpty() ? List.of(list.get(0)) : open;
    });
  }

  /** Asks which case the message is about, one button per case, and holds the message until then. */
  private CompletionStage<List<OutgoingMessage>> whichCase(String chat, long updateId, String text, List<OpenCase> open,
                                                           List<Binding> verified) {
    Language language = verified.get(0).language();
    List<List<OutgoingMessage.Button>> buttons = open.stream().map(c -> List.of(DebtorTexts.caseButton(
        texts.text(language, "debtor.which_case.button", Map.of("business", c.business().name(),
            "invoices", String.join(", ", c.view().invoices().stream().map(CaseView.InvoiceView::number).toList()))),
        c.view().id(), updateId))).toList();
    return CompletableFuture.supplyAsync(() -> {
      conversations.save(new PendingQuestion(chat, null, Awaiting.WHICH_CASE, Details.held(text, updateId), 0,
          updateId), cases.clock().instant());
      return List.of(OutgoingMessage.withButtons(chat, texts.text(language, "debtor.which_case"), buttons));
    }, blocking);
  }

  private CompletionStage<DebtorTalk> talk(String chat, Binding binding, long updateId, PendingQuestion pending) {
    return view(binding.caseId()).thenCompose(view -> cases.profile(binding.businessId()).thenApply(profile -> {
      CaseView found = view.orElseThrow(() -> new IllegalStateException("no case " + binding.caseId()));
      BusinessProfile business = profile.orElseThrow(() -> new IllegalStateException("no business "
          + binding.businessId()));
      ZoneId zone = found.debtor().timezone() != null ? found.debtor().timezone() : business.timezone();
      LocalDate today = LocalDate.ofInstant(cases.clock().instant(), zone);
      return new DebtorTalk(chat, updateId, found, business, binding.language(), today, pending);
    }));
  }

  /** The question in progress when it is about this case, else nothing asked. */
  private static PendingQuestion pendingOr(Optional<PendingQuestion> pending, String chat, Binding binding) {
    return pending.filter(p -> binding.caseId().equals(p.caseId()) && p.is(Awaiting.NOTHING))
        .orElseGet(() -> new PendingQuestion(chat, binding.caseId(), Awaiting.NOTHING, Details.none(), 0, 0));
  }

  private CompletionStage<Optional<CaseView>> view(String caseId) {
    return cases.ask(caseId, CaseCommand.Get::new).thenApply(reply -> reply instanceof CaseReply.Accepted accepted
        ? Optional.of(accepted.view()) : Optional.empty());
  }

  private static Optional<Binding> binding(List<Binding> bindings, String caseId) {
    return bindings.stream().filter(b -> b.caseId().equals(caseId)).findFirst();
  }

  /** The token of {@code /start <token>}, in any chat. */
  private static Optional<String> startToken(Update update) {
    if (!UpdateFacts.command(update).orElse("").equals("start")) {
      return Optional.empty();
    }
    String[] words = update.getMessage().getText().strip().split("\\s+", 2);
    return words.length == 2 ? Optional.of(words[1].strip()) : Optional.empty();
  }

  private static long parse(String number) {
    try {
      return Long.parseLong(number);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
