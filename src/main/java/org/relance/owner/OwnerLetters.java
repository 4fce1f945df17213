package org.relance.owner;

import org.apache.pekko.Done;
import org.relance.common.Language;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.OwnerTask;
import org.relance.ladder.Stage;
import org.relance.letters.CaseLetters;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.ProvisionalRate;
import org.relance.letters.store.LetterStore;
import org.relance.letters.store.StoredLetter;
import org.relance.telegram.DocumentSource;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.OutgoingMessage.Button;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The letters in the owner's chat: each issued letter sent as a PDF document (reference
 * {@code letter:<case>:<stage>}, read from the {@link LetterStore} by the sender) with a courteous
 * caption and the buttons "Posted" and "Posted by registered letter"; what those buttons and "The
 * letter (PDF)" do. An issued letter goes to the business's owner chats once (outbox key
 * {@code letter:<case>:<stage>}); a business with no chat yet gets nothing then, and its digest's
 * "letter to post" task carries the button that sends the PDF.
 */
final class OwnerLetters {

  private static final String REFERENCE = "letter:";

  private final OwnerCases cases;
  private final OwnerTexts texts;
  private final CaseLetters claims;

  OwnerLetters(OwnerCases cases, OwnerTexts texts, CaseLetters claims) {
    this.cases = cases;
    this.texts = texts;
    this.claims = claims;
  }

  /** Where the sender reads a letter document: the stored PDF of the case and stage it names. */
  static DocumentSource documents(LetterStore store) {
    return reference -> {
      String[] parts = reference.startsWith(REFERENCE) ? reference.substring(REFERENCE.length()).split(":", 2)
          : new String[0];
      if (parts.length != 2) {
        return Optional.empty();
      }
      try {
        return store.find(parts[0], Stage.fromWire(parts[1])).map(StoredLetter::pdf);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    };
  }

  /**
   * Sends the letter of a case's rung, once, to every chat of its business, through
   * {@code sendOnce} (key, messages). Nothing when the business has no chat, or the letter was
   * already recorded as posted.
   */
  CompletionStage<Done> deliver(String caseId, Stage stage, OwnerChats chats, Executor blocking,
                                BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> sendOnce) {
    return cases.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted)
          || accepted.view().letters().stream().noneMatch(l -> l.stage() == stage && l.postedOn() == null)) {
        return CompletableFuture.completedFuture(Done.getInstance());
      }
      CaseView view = accepted.view();
      return CompletableFuture.supplyAsync(() -> chats.chatsOf(view.businessId()), blocking)
          .thenCompose(chatIds -> chatIds.isEmpty() ? CompletableFuture.completedFuture(Done.getInstance())
              : cases.profile(view.businessId()).thenCompose(profile -> profile.isEmpty()
                  ? CompletableFuture.completedFuture(Done.getInstance())
                  : documents(chatIds, view, stage, profile.get().language())
                      .thenCompose(messages -> sendOnce.apply(REFERENCE + caseId + ":" + stage.wire(), messages))
                      .thenApply(queued -> Done.getInstance())));
    });
  }

  /** What a letter button does: record it posted, ask the registered number, or send the PDF again. */
  CompletionStage<List<OutgoingMessage>> press(OwnerButtons.Owner owner, OwnerAction action, long updateId,
                                               OwnerFlows flows, GuidedFlow.Context context) {
    Optional<Stage> stage = stage(action.taskId());
    return cases.caseOf(owner.businessId(), action.caseId()).thenCompose(found -> {
      Optional<CaseFile.IssuedLetter> letter = found.flatMap(view -> stage.flatMap(s -> view.letters().stream()
          .filter(l -> l.stage() == s).findFirst()));
      if (letter.isEmpty()) {
        return done(OutgoingMessage.withButtons(owner.chatId(), texts.text(owner.language(), "owner.letter.missing"),
            found.isEmpty() ? List.of() : List.of(List.of(OwnerTexts.button(texts.text(owner.language(),
                "button.open"), OwnerAction.Verb.OPEN, action.caseId(), null)))));
      }
      CaseView view = found.get();
      return switch (action.verb()) {
        case LETTER_PDF -> documents(List.of(owner.chatId()), view, stage.get(), owner.language());
        case REGISTERED -> flows.start(context, LetterRegisteredFlow.NAME, LetterRegisteredFlow.NUMBER,
            Map.of(LetterRegisteredFlow.CASE, view.id(), LetterRegisteredFlow.STAGE, stage.get().wire()));
        default -> letter.get().postedOn() != null ? done(already(owner.chatId(), view, letter.get(), owner.language()))
            : record(owner.chatId(), owner.language(), view, stage.get(), false, null, "tg:" + updateId);
      };
    });
  }

  /** Records the letter posted today (by registered letter: with its number, if the owner has it) and says so. */
  CompletionStage<List<OutgoingMessage>> record(String chatId, Language language, CaseView view, Stage stage,
                                                boolean registered, String registeredNumber, String idempotencyKey) {
    return cases.ask(view.id(), r -> new CaseCommand.RecordLetterPosted(stage, null, registeredNumber,
        idempotencyKey, r)).thenApply(reply -> {
          Optional<CaseFile.IssuedLetter> posted = reply instanceof CaseReply.Accepted accepted
              ? accepted.view().letters().stream().filter(l -> l.stage() == stage && l.postedOn() != null).findFirst()
              : view.letters().stream().filter(l -> l.stage() == stage && l.postedOn() != null).findFirst();
          if (posted.isEmpty()) {
            return List.of(OutgoingMessage.text(chatId, texts.text(language, "owner.refused")));
          }
          if (!(reply instanceof CaseReply.Accepted)) {
            return List.of(already(chatId, view, posted.get(), language));
          }
          String id = !registered ? "owner.letter.posted"
              : registeredNumber == null ? "owner.letter.registered_no_number" : "owner.letter.registered";
          return List.of(OutgoingMessage.text(chatId, texts.text(language, id, Map.of("letter",
              texts.stage(stage, language), "debtor", view.debtor().name(), "date",
              OwnerTexts.date(posted.get().postedOn(), language), "number", String.valueOf(registeredNumber))))
              .forOwnerOfCase(view.id()));
        });
  }

  private OutgoingMessage already(String chatId, CaseView view, CaseFile.IssuedLetter letter, Language language) {
    return OutgoingMessage.text(chatId, texts.text(language, "owner.letter.already", Map.of("letter",
        texts.stage(letter.stage(), language), "debtor", view.debtor().name(), "date",
        OwnerTexts.date(letter.postedOn(), language))));
  }

  /**
   * The letter as a document for each chat, with its caption and buttons; none if it was not
   * issued. When its claim carried a rate forward, the caption says so (the claim is recomputed as
   * of the letter's date; if that fails the caption goes without the note).
   */
  CompletionStage<List<OutgoingMessage>> documents(List<String> chatIds, CaseView view, Stage stage, Language language) {
    Optional<CaseFile.IssuedLetter> issued = view.letters().stream().filter(l -> l.stage() == stage).findFirst();
    if (issued.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    return claims.claim(view.id(), issued.get().date()).exceptionally(e -> Optional.empty())
        .thenApply(claim -> chatIds.stream().map(chat -> document(chat, view, issued.get(), language,
            claim.filter(Claim::provisional).map(c -> provisionalNote(c, language)).orElse(""))).toList());
  }

  /** " Please note: its interest uses the last known rate, carried forward, as the official rate for July–December 2026 ..." */
  private String provisionalNote(Claim claim, Language language) {
    String periods = claim.provisionalRates().stream().map(ProvisionalRate::period).distinct().sorted()
        .map(half -> texts.text(language, "owner.letter.half_year." + half.half(), Map.of("year", half.year())))
        .collect(Collectors.joining(", "));
    return " " + texts.text(language, "owner.letter.provisional", Map.of("periods", periods));
  }

  private OutgoingMessage document(String chatId, CaseView view, CaseFile.IssuedLetter letter, Language language,
                                   String note) {
    Stage stage = letter.stage();
    String caption = texts.text(language, "owner.letter.caption." + stage.wire(), Map.of(
        "debtor", view.debtor().name(), "balance", OwnerTexts.money(view.balance(), view.currency(), language),
        "date", OwnerTexts.date(letter.date(), language), "address", texts.address(view.debtor().address(),
            language), "note", note));
    OutgoingMessage.Document file = new OutgoingMessage.Document(REFERENCE + view.id() + ":" + stage.wire(),
        fileName(texts.text(language, "owner.letter.file." + stage.wire()), view.debtor().name(), letter.date()));
    return OutgoingMessage.document(chatId, file, caption, List.of(
        List.of(button(language, "button.letter_posted", OwnerAction.Verb.POSTED, view.id(), stage)),
        List.of(button(language, "button.letter_registered", OwnerAction.Verb.REGISTERED, view.id(), stage))))
        .forOwnerOfCase(view.id());
  }

  /** The buttons of a "letter to post" task: posted, registered, the PDF again, tomorrow, paid, open. */
  static List<List<Button>> taskButtons(OwnerTexts texts, Language language, String caseId, OwnerTask task) {
    return List.of(
        List.of(OwnerTexts.button(texts.text(language, "button.letter_posted"), OwnerAction.Verb.POSTED, caseId,
                task.stage().wire()),
            OwnerTexts.button(texts.text(language, "button.letter_registered"), OwnerAction.Verb.REGISTERED, caseId,
                task.stage().wire())),
        List.of(OwnerTexts.button(texts.text(language, "button.letter_pdf"), OwnerAction.Verb.LETTER_PDF, caseId,
                task.stage().wire()),
            OwnerTexts.button(texts.text(language, "button.snooze"), OwnerAction.Verb.SNOOZE, caseId, task.id())),
        List.of(OwnerTexts.button(texts.text(language, "button.paid"), OwnerAction.Verb.PAID, caseId, null),
            OwnerTexts.button(texts.text(language, "button.open"), OwnerAction.Verb.OPEN, caseId, null)));
  }

  private Button button(Language language, String labelId, OwnerAction.Verb verb, String caseId, Stage stage) {
    return OwnerTexts.button(texts.text(language, labelId), verb, caseId, stage.wire());
  }

  /** "mise-en-demeure-boulangerie-martin-2027-01-24.pdf": the kind of letter, the debtor, the date; ASCII only. */
  static String fileName(String kind, String debtor, LocalDate date) {
    String slug = Normalizer.normalize(debtor, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    return kind + (slug.isEmpty() ? "" : "-" + slug) + "-" + date + ".pdf";
  }

  private static Optional<Stage> stage(String wire) {
    try {
      return wire == null ? Optional.empty() : Optional.of(Stage.fromWire(wire)).filter(Stage::isLetter);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static CompletionStage<List<OutgoingMessage>> done(OutgoingMessage message) {
    return CompletableFuture.completedFuture(List.of(message));
  }
}
