package org.relance.dialogue;

import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DebtorChats.Binding;
import org.relance.dialogue.DebtorDialogue.Known;
import org.relance.dialogue.DebtorDialogue.OpenCase;
import org.relance.dialogue.DialogueReply.Choice;
import org.relance.dialogue.DialogueReply.DebtorMessage;
import org.relance.dialogue.PendingQuestion.Awaiting;
import org.relance.dialogue.PendingQuestion.Details;
import org.relance.nlu.Intent;
import org.relance.nlu.facts.Facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.Map;
import java.util.Optional;

/**
 * The choices of the dialogue ({@link DebtorTexts}: {@code yes|no:<asked by>},
 * {@code read:<i|other>:<asked by>}, {@code case:<id>:<asked by>}): a choice answers the question in
 * progress when it carries that question's number, and is politely refused as outdated otherwise (an
 * empty choice, nothing the dialogue offered, gets no answer). What a debtor chooses outright
 * ({@code promise[:<day>]}, {@code plan}, {@code paid}, {@code dispute}: the page's buttons) is answered
 * as the same words read sure would be, its label copied into the journal. Asks which case a message
 * is about when the conversation has several open, one choice per case, and holds the message until then.
 */
final class DebtorChoices {

  /** What a debtor may choose outright, by the first part of the choice id. */
  private static final Map<String, Intent> OUTRIGHT = Map.of(DebtorTurn.PROMISE, Intent.PROMISE_TO_PAY,
      DebtorTurn.PLAN, Intent.REQUEST_PLAN, DebtorTurn.PAID, Intent.ALREADY_PAID, DebtorTurn.DISPUTE, Intent.DISPUTE);

  private final DebtorDialogue dialogue;
  private final DebtorReplies replies;
  private final DebtorTexts texts;

  DebtorChoices(DebtorDialogue dialogue, DebtorReplies replies, DebtorTexts texts) {
    this.dialogue = dialogue;
    this.replies = replies;
    this.texts = texts;
  }

  /** A Yes / No, a reading or a case chosen: answered when it belongs to the question in progress. */
  CompletionStage<DialogueReply> pressed(DebtorTurn turn, Known known) {
    String choice = turn.choice();
    String[] parts = choice.split(":");
    Optional<PendingQuestion> pending = known.pending();
    Language language = known.bindings().get(0).language();
    long askedBy = parts.length >= 2 ? parse(parts[parts.length - 1]) : -1;
    boolean current = pending.isPresent() && pending.get().askedBy() == askedBy;
    Optional<Binding> about = pending.filter(p -> DebtorDialogue.ABOUT_A_CASE.contains(p.awaiting()))
        .flatMap(p -> known.about(p.caseId()));
    if (current && about.isPresent() && parts.length == 2 && (parts[0].equals("yes") || parts[0].equals("no"))) {
      boolean yes = parts[0].equals("yes");
      return dialogue.press(turn, about.get(), pending.get(),
          talk -> texts.text(talk.language(), yes ? "button.yes" : "button.no"), talk -> replies.answered(talk, yes));
    }
    if (current && about.isPresent() && parts.length == 3 && parts[0].equals("read")
        && pending.get().is(Awaiting.READING_CHOICE)) {
      return dialogue.press(turn, about.get(), pending.get(), talk -> replies.choiceLabel(talk, choice),
          talk -> replies.chosen(talk, parts[1]));
    }
    if (current && parts.length == 3 && parts[0].equals("case") && pending.get().is(Awaiting.WHICH_CASE)) {
      Optional<Binding> binding = known.about(parts[1]);
      Details held = pending.get().details();
      if (binding.isPresent() && held.heldText() != null) {
        return dialogue.talk(turn.conversation(), binding.get(), held.heldTurnId(),
                DebtorDialogue.pendingOr(Optional.empty(), turn.conversation(), binding.get()))
            .thenCompose(talk -> dialogue.heard(talk, held.heldText()));
      }
    }
    return DebtorDialogue.done(choice.isEmpty() ? DialogueReply.none()
        : dialogue.say(turn.conversation(), language, "debtor.stale"));
  }

  /** Asks which case the message is about, one choice per case, and holds the message until then. */
  CompletionStage<DialogueReply> whichCase(DebtorTurn turn, List<OpenCase> open, Language language, LocalDate today) {
    String held = turn.text() != null ? turn.text() : label(language, turn.choice(), today);
    long askedBy = turn.number();
    List<List<Choice>> choices = open.stream().map(c -> List.of(DebtorTexts.caseChoice(
        texts.text(language, "debtor.which_case.button", Map.of("business", c.business().name(),
            "invoices", String.join(", ", c.view().invoices().stream().map(CaseView.InvoiceView::number).toList()))),
        c.view().id(), askedBy))).toList();
    return dialogue.save(new PendingQuestion(turn.conversation(), null, Awaiting.WHICH_CASE,
            Details.held(held, turn.turnId()), 0, askedBy))
        .thenApply(v -> DialogueReply.of(new DebtorMessage(turn.conversation(), null,
            texts.text(language, "debtor.which_case"), choices)));
  }

  /** The intent a choice names outright, if it does ({@code promise:2026-12-15} → a promise). */
  static Optional<Intent> outright(String choice) {
    return Optional.ofNullable(choice).map(c -> OUTRIGHT.get(c.split(":", 2)[0]));
  }

  /**
   * The answer to what the debtor chose outright, as to the same words read sure: a promise on a day to
   * come confirmed with Yes / No (no day, or one past: asked when), a plan offered, a payment's when and
   * how asked, a dispute recorded.
   */
  CompletionStage<DialogueReply> outright(DebtorTalk talk, String choice) {
    Intent intent = outright(choice).orElseThrow();
    Optional<LocalDate> day = promised(choice).filter(d -> !d.isBefore(talk.today()));
    String label = label(talk.language(), choice, talk.today());
    Facts facts = new Facts(day.stream().toList(), List.of(), null, null);
    return dialogue.answered(talk, label, t -> replies.understood(t, intent, facts, null, label));
  }

  /** What the choice says in words, as the journal keeps it and as a held message is read. */
  String label(Language language, String choice, LocalDate today) {
    Optional<LocalDate> day = promised(choice);
    String name = choice.split(":", 2)[0];
    return day.isPresent() ? texts.text(language, "debtor.choice.promise",
        Map.of("date", DebtorTexts.day(day.get(), today, language)))
        : texts.text(language, "debtor.choice." + name + (name.equals(DebtorTurn.PROMISE) ? ".undated" : ""));
  }

  private static Optional<LocalDate> promised(String choice) {
    String[] parts = choice.split(":", 2);
    if (!parts[0].equals(DebtorTurn.PROMISE) || parts.length < 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(parts[1]));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static long parse(String number) {
    try {
      return Long.parseLong(number);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
