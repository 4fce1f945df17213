package org.relance.dialogue;

import com.typesafe.config.Config;
import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.common.SecretLinks;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DebtorChats.Binding;
import org.relance.dialogue.DebtorTalk.Answer;
import org.relance.dialogue.DialogueReply.DebtorMessage;
import org.relance.dialogue.PendingQuestion.Awaiting;
import org.relance.dialogue.PendingQuestion.Details;
import org.relance.invitations.Invitations;
import org.relance.messages.MessageTemplates;
import org.relance.metrics.ReplyReadings;
import org.relance.nlu.ReplyReader;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.intent.IntentClassifier;
import org.relance.owner.OwnerCases;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The debtor's dialogue, whatever the channel: the entry point of every adapter (Telegram, e-mail,
 * the debtor page). {@link #open} binds a conversation to a case (asking the verification question,
 * unless the channel itself proves the debtor); {@link #take} answers a turn of a conversation bound
 * to cases: verification first ({@link DebtorVerification}: tries counted, locked at the limit, the
 * owner told), then the introduction in the business's name with the recap of the open invoices,
 * then the conversation ({@link DebtorReplies}), asking which case a message is about when the
 * conversation has several. Each message in is copied into the case's journal under the turn's key;
 * the question in progress is kept in {@link DebtorConversations}, so a restart continues it.
 */
public final class DebtorDialogue {

  /** How a conversation came to a case, and so whether the person must still prove they hold the invoice. */
  public enum Proof {
    /** A link sent to the debtor was opened (Telegram's {@code /start <token>}, the page's link): verification asked. */
    LINK,
    /** The channel proves the debtor (an e-mail from the address the case holds for them): verified at once. */
    DEBTOR_ADDRESS
  }

  static final Set<Awaiting> ABOUT_A_CASE = Set.of(Awaiting.PROMISE_CONFIRMATION, Awaiting.PROMISE_DATE,
      Awaiting.PLAN_CONFIRMATION, Awaiting.PLAN_OFFER, Awaiting.CLAIM_DETAILS, Awaiting.DISPUTE_DETAILS,
      Awaiting.READING_CONFIRMATION, Awaiting.READING_CHOICE);

  private final DebtorChats chats;
  private final DebtorConversations conversations;
  private final OwnerCases cases;
  private final DebtorTexts texts;
  private final DebtorReplies replies;
  private final DebtorVerification verification;
  private final DebtorChoices choices;
  private final Executor blocking;

  private DebtorDialogue(DebtorChats chats, DebtorConversations conversations, OwnerCases cases, DebtorTexts texts,
                         DebtorReplies replies, DebtorVerification verification, Executor blocking) {
    this.chats = chats;
    this.conversations = conversations;
    this.cases = cases;
    this.texts = texts;
    this.replies = replies;
    this.verification = verification;
    this.choices = new DebtorChoices(this, replies, texts);
    this.blocking = blocking;
  }

  /**
   * The dialogue on the service's tables, with the shipped NLU models ({@code relance.debtor}); the
   * owner's notices written by {@code alerts}.
   */
  public static DebtorDialogue create(Config config, DataSource dataSource, MessageTemplates templates,
                                      Invitations invitations, OwnerCases cases, OwnerAlerts alerts,
                                      ReplyReadings readings, Executor blocking) {
    Config debtor = config.getConfig("relance.debtor");
    FactExtractor facts = new FactExtractor();
    ReplyReader reader = new ReplyReader(IntentClassifier.shipped(config), facts);
    DebtorTexts texts = new DebtorTexts(templates);
    DebtorChats chats = new DebtorChats(dataSource);
    DebtorConversations conversations = new DebtorConversations(dataSource);
    DebtorReplies replies = new DebtorReplies(cases, reader, facts, texts, alerts,
        new PlanProposals(debtor.getInt("plan-first-payment-days")), ReadingProposals.from(debtor.getConfig("reading")),
        debtor.getDuration("same-recap-quiet"), blocking, readings);
    DebtorVerification verification = new DebtorVerification(chats, conversations,
        new VerificationTries(invitations, dataSource, cases.clock()), cases, texts, alerts,
        debtor.getInt("verification-tries"), blocking);
    return new DebtorDialogue(chats, conversations, cases, texts, replies, verification, blocking);
  }

  /** What the dialogue knows of a conversation: its cases and the question in progress. */
  record Known(List<Binding> bindings, Optional<PendingQuestion> pending) {
    List<Binding> verified() {
      return bindings.stream().filter(Binding::verified).toList();
    }

    Optional<Binding> about(String caseId) {
      return verified().stream().filter(b -> b.caseId().equals(caseId)).findFirst();
    }
  }

  /** Whether the conversation is bound to a case (its turns are the dialogue's). */
  public CompletionStage<Boolean> bound(String conversation) {
    return CompletableFuture.supplyAsync(() -> !chats.casesOf(conversation).isEmpty(), blocking);
  }

  /**
   * Binds the conversation to the case, in the language the case holds for the debtor (else
   * {@code hint}; on a channel where the debtor chooses it, {@code hint} itself), and answers: the
   * verification question (or why it cannot be asked), or, for a conversation verified before or
   * proved by {@code proof}, the introduction with the recap. A case
   * that does not exist gets the text of an unknown link. Opening again changes nothing but the language.
   */
  public CompletionStage<DialogueReply> open(Channel channel, String conversation, String turnId, String caseId,
                                             Proof proof, Language hint) {
    if (Channel.of(conversation) != channel || !channel.names(turnId)) {
      throw new IllegalArgumentException("Conversation " + conversation + " and turn " + turnId
          + " are not addressed on " + channel);
    }
    return view(caseId).thenCompose(found -> {
      if (found.isEmpty()) {
        return done(say(conversation, hint, "owner.invitation.unknown"));
      }
      CaseView view = found.get();
      Language language = channel.languageChosen() || view.debtor().language() == null ? hint
          : view.debtor().language();
      return CompletableFuture.supplyAsync(() -> {
        var now = cases.clock().instant();
        chats.bind(conversation, view.id(), view.businessId(), language, now);
        if (proof == Proof.DEBTOR_ADDRESS) {
          chats.markVerified(conversation, view.id(), now);
        }
        return chats.casesOf(conversation).stream().anyMatch(b -> b.caseId().equals(view.id()) && b.verified());
      }, blocking).thenCompose(verified -> verified ? introduction(conversation, view, language)
          : verification.ask(conversation, view, hint, turnId));
    });
  }

  /**
   * The answer to a turn of a conversation bound to cases; empty when the conversation is bound to
   * none (the turn is not the dialogue's).
   */
  public CompletionStage<Optional<DialogueReply>> take(DebtorTurn turn) {
    return CompletableFuture.supplyAsync(() -> new Known(bindingsSpeaking(turn),
        conversations.find(turn.conversation())), blocking).thenCompose(known -> known.bindings().isEmpty()
        ? done(Optional.empty()) : converse(turn, known).thenApply(Optional::of));
  }

  /**
   * The conversation's cases, in the language the debtor chose on a channel where they choose it (the
   * page switched to English is answered in English from that turn on). Blocking.
   */
  private List<Binding> bindingsSpeaking(DebtorTurn turn) {
    List<Binding> bindings = chats.casesOf(turn.conversation());
    if (turn.channel().languageChosen() && bindings.stream().anyMatch(b -> b.language() != turn.language())) {
      chats.setLanguage(turn.conversation(), turn.language());
      return chats.casesOf(turn.conversation());
    }
    return bindings;
  }

  private CompletionStage<DialogueReply> converse(DebtorTurn turn, Known known) {
    if (turn.pressed() && !turn.standing() && !turn.outright()) {
      return choices.pressed(turn, known);
    }
    String conversation = turn.conversation();
    Optional<PendingQuestion> pending = known.pending();
    Language hint = turn.language();
    if (pending.filter(p -> p.is(Awaiting.VERIFICATION)).isPresent()) {
      return turn.pressed() ? ask(turn, pending.get().caseId()) : verify(turn, pending.get(), known);
    }
    if (pending.filter(p -> p.is(Awaiting.VERIFICATION_FAILED)).isPresent()) {
      return done(say(conversation, hint, "debtor.verify.failed"));
    }
    List<Binding> verified = known.verified();
    if (verified.isEmpty()) {
      return ask(turn, known.bindings().get(known.bindings().size() - 1).caseId());
    }
    if (turn.standing()) {
      boolean help = turn.choice().equals(DebtorTurn.HELP);
      return openCases(verified).thenCompose(open -> help
          ? done(DialogueReply.of(new DebtorMessage(conversation, null, texts.text(open.get(0).binding().language(),
              "debtor.help", Map.of("business", open.get(0).business().name())), List.of())))
          : introduction(conversation, open.get(0).view(), open.get(0).binding().language()));
    }
    Optional<Binding> current = pending.filter(p -> ABOUT_A_CASE.contains(p.awaiting()))
        .flatMap(p -> known.about(p.caseId()));
    if (current.isPresent()) {
      return talk(conversation, current.get(), turn.turnId(), pending.get()).thenCompose(talk -> said(talk, turn));
    }
    return openCases(verified).thenCompose(open -> open.size() == 1
        ? talk(conversation, open.get(0).binding(), turn.turnId(), pendingOr(pending, conversation,
            open.get(0).binding())).thenCompose(talk -> said(talk, turn))
        : choices.whichCase(turn, open, verified.get(0).language(),
            LocalDate.ofInstant(cases.clock().instant(), open.get(0).business().timezone())));
  }

  /** Words written, or what the debtor chose outright, about one case. */
  private CompletionStage<DialogueReply> said(DebtorTalk talk, DebtorTurn turn) {
    return turn.text() != null ? heard(talk, turn.text()) : choices.outright(talk, turn.choice());
  }

  /** The verification question asked (again) about the case, when it is still there. */
  private CompletionStage<DialogueReply> ask(DebtorTurn turn, String caseId) {
    return view(caseId).thenCompose(view -> view.isPresent()
        ? verification.ask(turn.conversation(), view.get(), turn.language(), turn.turnId())
        : done(say(turn.conversation(), turn.language(), "debtor.verify.failed")));
  }

  /** A choice pressed under the question in progress: its label copied into the journal, then answered. */
  CompletionStage<DialogueReply> press(DebtorTurn turn, Binding binding, PendingQuestion pending,
                                       Function<DebtorTalk, String> label,
                                       Function<DebtorTalk, CompletionStage<Answer>> answer) {
    return talk(turn.conversation(), binding, turn.turnId(), pending).thenCompose(talk ->
        journal(talk, label.apply(talk), talk.key(null))
            .thenCompose(v -> answer.apply(talk))
            .thenCompose(reply -> finish(talk, reply)));
  }

  /** A message of a verified debtor about one case: copied into the journal, then answered. */
  CompletionStage<DialogueReply> heard(DebtorTalk talk, String text) {
    return answered(talk, text, t -> replies.message(t, text));
  }

  /**
   * What the debtor said about one case ({@code words}: written, or the label of what they chose
   * outright): copied into the journal, then answered (a closed case: thanks, nothing more to do).
   */
  CompletionStage<DialogueReply> answered(DebtorTalk talk, String words,
                                          Function<DebtorTalk, CompletionStage<Answer>> answer) {
    return journal(talk, words, talk.key(null)).thenCompose(v -> talk.view().closure() != null
        ? done(talk.answer(talk.done(), talk.say(texts.text(talk.language(), "debtor.closed"))))
        : answer.apply(talk)).thenCompose(reply -> finish(talk, reply));
  }

  /** Keeps the next question and the exchange (for the outreach's quiet period), then answers. */
  private CompletionStage<DialogueReply> finish(DebtorTalk talk, Answer answer) {
    return CompletableFuture.supplyAsync(() -> {
      var now = cases.clock().instant();
      conversations.save(answer.next(), now);
      chats.recordExchange(talk.conversation(), talk.caseId(), now);
      return answer.reply();
    }, blocking);
  }

  private CompletionStage<Void> journal(DebtorTalk talk, String text, String key) {
    return cases.ask(talk.caseId(), r -> new CaseCommand.RecordMessage(CaseEvent.Direction.IN,
        talk.channel().journalName(), SecretLinks.masked(text), null, null, key, r)).thenApply(reply -> null);
  }

  /** An answer to the verification question: the introduction once proved, else what the check says. */
  private CompletionStage<DialogueReply> verify(DebtorTurn turn, PendingQuestion pending, Known known) {
    String conversation = turn.conversation();
    return view(pending.caseId()).thenCompose(view -> {
      if (view.isEmpty()) {
        return done(say(conversation, turn.language(), "debtor.verify.failed"));
      }
      Language language = known.bindings().stream().filter(b -> b.caseId().equals(pending.caseId())).findFirst()
          .map(Binding::language).orElse(turn.language());
      return verification.answer(conversation, view.get(), turn.text(), turn.language(), turn.turnId())
          .thenCompose(checked -> checked.passed() ? introduction(conversation, view.get(), language)
              : done(checked.reply()));
    });
  }

  /** The dialogue introduces itself in the business's name and recaps the open invoices (or thanks: all is paid). */
  private CompletionStage<DialogueReply> introduction(String conversation, CaseView view, Language language) {
    return cases.profile(view.businessId()).thenApply(profile -> DialogueReply.of(new DebtorMessage(conversation,
        view.id(), view.closure() != null || view.balance().signum() <= 0 ? texts.text(language, "debtor.closed")
            : texts.text(language, "debtor.intro", Map.of("business", profile.map(BusinessProfile::name).orElse(""),
                "recap", texts.recap(view, language))), List.of())));
  }

  /** A verified binding with its case as it stands and its business. */
  record OpenCase(Binding binding, CaseView view, BusinessProfile business) {}

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

  /** Keeps the question now asked in the conversation. */
  CompletionStage<Void> save(PendingQuestion question) {
    return CompletableFuture.runAsync(() -> conversations.save(question, cases.clock().instant()), blocking);
  }

  CompletionStage<DebtorTalk> talk(String conversation, Binding binding, String turnId, PendingQuestion pending) {
    return view(binding.caseId()).thenCompose(view -> cases.profile(binding.businessId()).thenApply(profile -> {
      CaseView found = view.orElseThrow(() -> new IllegalStateException("no case " + binding.caseId()));
      BusinessProfile business = profile.orElseThrow(() -> new IllegalStateException("no business "
          + binding.businessId()));
      ZoneId zone = found.debtor().timezone() != null ? found.debtor().timezone() : business.timezone();
      LocalDate today = LocalDate.ofInstant(cases.clock().instant(), zone);
      return new DebtorTalk(conversation, turnId, found, business, binding.language(), today, pending);
    }));
  }

  /** The question in progress when it is about this case, else nothing asked. */
  static PendingQuestion pendingOr(Optional<PendingQuestion> pending, String conversation, Binding binding) {
    return pending.filter(p -> binding.caseId().equals(p.caseId()) && p.is(Awaiting.NOTHING))
        .orElseGet(() -> new PendingQuestion(conversation, binding.caseId(), Awaiting.NOTHING, Details.none(), 0, 0));
  }

  private CompletionStage<Optional<CaseView>> view(String caseId) {
    return cases.ask(caseId, CaseCommand.Get::new).thenApply(reply -> reply instanceof CaseReply.Accepted accepted
        ? Optional.of(accepted.view()) : Optional.empty());
  }

  DialogueReply say(String conversation, Language language, String id) {
    return DialogueReply.of(new DebtorMessage(conversation, null, texts.text(language, id), List.of()));
  }

  static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
