package org.relance.owner;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.invitations.Invitations;
import org.relance.readside.CaseSummaries;
import org.relance.telegram.CompositeRouter;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.UpdateFacts;
import org.relance.telegram.WelcomeRouter;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The owner's side of the bot. Takes {@code /start <owner token>} in a private chat (binds the chat
 * to the business, or answers politely why the link gives nothing) and every update of a bound
 * chat: {@code /help}, {@code /cases} (paged, a button per case), {@code /today}, {@code /paid}
 * (the case, the amount, the day), {@code /pause}, {@code /stats} ({@link OwnerStats}), {@code /statement}
 * ({@link OwnerStatements}), {@code /profiles} and {@code /important} ({@link OwnerProfiles}), {@code /new} (a guided conversation,
 * {@code /cancel} stops it), and the buttons of the digest, the case cards and the messages that
 * report what the bot captured (correct it, or strike it out); those under a letter go to
 * {@link OwnerLetters}; a file sent (a ledger or an e-invoice) goes to {@link OwnerImports}. Leaves every
 * other update to the next router. Speaks the business's language.
 */
public final class OwnerRouter implements CompositeRouter.Part {

  /** The buttons under a letter (or its digest task), answered by {@link OwnerLetters}. */
  private static final java.util.Set<OwnerAction.Verb> LETTER_VERBS = java.util.EnumSet.of(OwnerAction.Verb.POSTED,
      OwnerAction.Verb.REGISTERED, OwnerAction.Verb.LETTER_PDF);

  /** The start parameter of the public sign-up link {@code t.me/<bot>?start=business}. */
  public static final String SIGN_UP = "business";

  private final OwnerChats chats;
  private final WebSignIn web;
  private final Invitations invitations;
  private final OwnerCases cases;
  private final OwnerTexts texts;
  private final OwnerAgenda agenda;
  private final OwnerButtons buttons;
  private final OwnerFlows flows;
  private final OwnerLetters letters;
  private final BusinessFlows businessFlows;
  private final OwnerStats stats;
  private final int pageSize;
  private final Executor blocking;
  private final OwnerImports imports;

  public OwnerRouter(OwnerChats chats, Invitations invitations, OwnerCases cases, OwnerTexts texts,
                     OwnerFlowStore flowStore, int pageSize, Executor blocking, WebSignIn web, OwnerLetters letters,
                     org.relance.stats.MoneyPictures pictures, org.relance.stats.StatsTexts statsTexts,
                     OwnerStatements statements) {
    if (pageSize < 1 || pageSize > 50) {
      throw new IllegalArgumentException("relance.owner.page-size must be between 1 and 50, not " + pageSize);
    }
    this.chats = chats;
    this.web = web;
    this.invitations = invitations;
    this.cases = cases;
    this.texts = texts;
    this.agenda = new OwnerAgenda(texts);
    this.businessFlows = new BusinessFlows(chats, cases, texts, blocking);
    this.letters = letters;
    Map<OwnerAction.Verb, CaseFlow> caseFlows = Map.ofEntries(Map.entry(OwnerAction.Verb.PAID, new PaymentFlow(cases, texts)),
        Map.entry(OwnerAction.Verb.FIX_PROMISE, new PromiseFixFlow(cases, texts)),
        Map.entry(OwnerAction.Verb.FIX_PLAN, new PlanFixFlow(cases, texts)),
        Map.entry(OwnerAction.Verb.FIX_REASON, new ReasonFixFlow(cases, texts)),
        Map.entry(OwnerAction.Verb.FIX_CLAIM, new ClaimFixFlow(cases, texts)),
        Map.entry(OwnerAction.Verb.PROCEEDINGS, new ProceedingsFlow(cases, texts)),
        Map.entry(OwnerAction.Verb.CALL_PROMISED, new CallPromiseFlow(cases, texts)),
        Map.entry(OwnerAction.Verb.CALL_PLAN, CallDetailsFlow.plan(cases, texts)),
        Map.entry(OwnerAction.Verb.CALL_WRONG_NUMBER, CallDetailsFlow.wrongNumber(cases, texts)),
        Map.entry(OwnerAction.Verb.DISPUTE_CREDIT_NOTE, DisputeAmountFlow.creditNote(cases, texts)),
        Map.entry(OwnerAction.Verb.DISPUTE_CORRECTED, DisputeAmountFlow.correctedAmount(cases, texts)));
    List<GuidedFlow> all = new ArrayList<>(List.of(new NewCaseFlow(cases, texts, invitations, blocking),
        businessFlows.onboarding(), businessFlows.settings(), new LetterRegisteredFlow(cases, letters, texts)));
    all.addAll(caseFlows.values());
    this.flows = new OwnerFlows(flowStore, texts, blocking, all);
    this.buttons = new OwnerButtons(cases, texts, flows, caseFlows, invitations, blocking, statements);
    this.stats = new OwnerStats(pictures, statsTexts, texts, cases.clock(), blocking);
    this.pageSize = pageSize;
    this.blocking = blocking;
    this.imports = new OwnerImports(texts, blocking);
  }

  /** Imports in the chat, once the imports and Telegram are up. */
  void connectImports(OwnerImports.Connected parts) {
    imports.connect(parts);
  }

  @Override
  public CompletionStage<Optional<List<OutgoingMessage>>> tryRoute(Update update) {
    Optional<String> chat = UpdateFacts.chatId(update);
    if (chat.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    Optional<String> token = startToken(update).filter(t -> !t.equals(SIGN_UP));
    if (token.isPresent()) {
      return redeem(chat.get(), token.get(), UpdateFacts.language(update));
    }
    return CompletableFuture.supplyAsync(() -> new Known(chats.businessOf(chat.get()), flows.active(chat.get())),
            blocking)
        .thenCompose(known -> known.business().isEmpty() ? newcomer(update, chat.get(), known.flow())
            : cases.profile(known.business().get()).thenCompose(profile -> profile.isEmpty()
                ? CompletableFuture.completedFuture(Optional.empty())
                : answer(update, owner(chat.get(), known.business().get(), profile.get()), known.flow())
                    .thenApply(Optional::of)));
  }

  /**
   * A chat bound to no business: the public sign-up link ({@code /start business}) or {@code /register}
   * in a private chat, or the greeting's "set up my account" button, begins the business's creation
   * (a plain {@code /start} stays the greeting of {@link WelcomeRouter}: debtors without a link type
   * it too), whose answers it then takes; anything else is left to the next router.
   */
  private CompletionStage<Optional<List<OutgoingMessage>>> newcomer(Update update, String chat,
                                                                    Optional<FlowState> flow) {
    GuidedFlow.Context context = new GuidedFlow.Context(chat, null, UpdateFacts.language(update), update.getUpdateId());
    String command = UpdateFacts.command(update).orElse("");
    Optional<String> answer = flow.isEmpty() ? Optional.empty() : flowAnswer(update);
    if (answer.isPresent()) {
      return flows.answer(context, flow.get(), answer.get()).thenApply(messages -> Optional.of(stopSpinner(update,
          chat, messages)));
    }
    if (flow.isPresent() && command.equals("cancel")) {
      return flows.cancel(context).thenApply(Optional::of);
    }
    boolean signUp = UpdateFacts.isPrivateChat(update)
        && (command.equals("register") || startToken(update).filter(SIGN_UP::equals).isPresent());
    if (signUp || signUpPressed(update)) {
      return flows.start(context, BusinessFlows.ONBOARDING).thenApply(messages -> Optional.of(stopSpinner(update, chat,
          prepend(OutgoingMessage.text(chat, texts.text(context.language(), "owner.setup.intro")), messages))));
    }
    return CompletableFuture.completedFuture(Optional.empty());
  }

  /** The greeting's "set up my account" button, pressed in a private chat. */
  private static boolean signUpPressed(Update update) {
    return update.hasCallbackQuery() && WelcomeRouter.SIGN_UP_BUTTON.equals(update.getCallbackQuery().getData())
        && update.getCallbackQuery().getMessage() != null && update.getCallbackQuery().getMessage().isUserMessage();
  }

  private static List<OutgoingMessage> stopSpinner(Update update, String chat, List<OutgoingMessage> messages) {
    return update.hasCallbackQuery()
        ? prepend(OutgoingMessage.callbackAnswer(chat, update.getCallbackQuery().getId(), null), messages)
        : messages;
  }

  /** What the service knows of a chat: the business it is bound to, the conversation in progress. */
  private record Known(Optional<String> business, Optional<FlowState> flow) {}

  private static OwnerButtons.Owner owner(String chatId, String businessId, BusinessProfile profile) {
    return new OwnerButtons.Owner(chatId, businessId, profile.language(), profile.timezone());
  }

  /** The token of {@code /start <token>} in a private chat. */
  private static Optional<String> startToken(Update update) {
    if (!UpdateFacts.isPrivateChat(update) || !UpdateFacts.command(update).orElse("").equals("start")) {
      return Optional.empty();
    }
    String[] words = update.getMessage().getText().strip().split("\\s+", 2);
    return words.length == 2 ? Optional.of(words[1].strip()) : Optional.empty();
  }

  private CompletionStage<Optional<List<OutgoingMessage>>> redeem(String chat, String token, Language asked) {
    return CompletableFuture.supplyAsync(() -> {
      Invitations.Redemption redemption = invitations.redeem(token, Invitations.Kind.OWNER, chat);
      if (redemption.accepted()) {
        chats.bind(chat, redemption.businessId(), cases.clock().instant());
      }
      return redemption;
    }, blocking).thenCompose(redemption -> {
      if (redemption.refusal() == Invitations.Refusal.OTHER_KIND) {
        return CompletableFuture.completedFuture(Optional.empty());
      }
      if (!redemption.accepted()) {
        String id = "owner.invitation." + redemption.refusal().name().toLowerCase(java.util.Locale.ROOT);
        return CompletableFuture.completedFuture(Optional.of(List.of(OutgoingMessage.text(chat,
            texts.text(asked, id)))));
      }
      return cases.profile(redemption.businessId()).thenApply(profile -> Optional.of(List.of(profile
          .map(p -> OutgoingMessage.text(chat, texts.text(p.language(), "owner.bound",
              Map.of("business", p.name(), "hour", OwnerTexts.time(p.digestTime(), p.language())))))
          .orElseGet(() -> OutgoingMessage.text(chat, texts.text(asked, "owner.invitation.unknown"))))));
    });
  }

  private CompletionStage<List<OutgoingMessage>> answer(Update update, OwnerButtons.Owner owner,
                                                        Optional<FlowState> flow) {
    Language language = owner.language();
    GuidedFlow.Context context = new GuidedFlow.Context(owner.chatId(), owner.businessId(), language,
        update.getUpdateId());
    Optional<String> flowAnswer = flow.isEmpty() ? Optional.empty() : flowAnswer(update);
    if (flowAnswer.isPresent()) {
      return flows.answer(context, flow.get(), flowAnswer.get())
          .thenApply(messages -> stopSpinner(update, owner.chatId(), messages));
    }
    String data = update.hasCallbackQuery() ? update.getCallbackQuery().getData() : null;
    if (data != null && data.startsWith(OwnerFlows.START)) {
      return flows.startFrom(context, data).orElseGet(() -> done(List.of()))
          .thenApply(messages -> stopSpinner(update, owner.chatId(), messages));
    }
    if (data != null && (data.equals(OwnerImports.GO) || data.equals(OwnerImports.CANCEL))) {
      return imports.pressed(owner, data, update.getCallbackQuery().getMessage().getMessageId())
          .thenApply(messages -> stopSpinner(update, owner.chatId(), messages));
    }
    if (update.hasMessage() && update.getMessage().hasDocument()) {
      return imports.received(owner, update.getMessage().getDocument());
    }
    if (update.hasCallbackQuery()) {
      OutgoingMessage stopSpinner = OutgoingMessage.callbackAnswer(owner.chatId(),
          update.getCallbackQuery().getId(), null);
      Optional<OwnerAction> action = OwnerAction.parse(update.getCallbackQuery().getData());
      CompletionStage<List<OutgoingMessage>> result = action.isEmpty() ? done(List.of())
          : action.get().verb() == OwnerAction.Verb.PAGE ? page(owner, parsePage(action.get().caseId()),
              Picker.of(action.get().taskId()))
          : LETTER_VERBS.contains(action.get().verb())
              ? letters.press(owner, action.get(), update.getUpdateId(), flows, context)
          : buttons.press(owner, action.get(), update.getUpdateId());
      return result.thenApply(messages -> prepend(stopSpinner, messages));
    }
    String command = UpdateFacts.command(update).orElse("");
    return switch (command) {
      case "start", "help" -> done(List.of(OutgoingMessage.text(owner.chatId(), texts.text(language, "owner.help"))));
      case "cases" -> page(owner, 0, Picker.CASES);
      case "today" -> cases.openCases(owner.businessId()).thenApply(views -> {
        var due = OwnerAgenda.due(views, cases.clock().instant().atZone(owner.zone()).toLocalDate());
        List<OutgoingMessage> messages = agenda.messages(owner.chatId(), "owner.today.title", due, language);
        return messages.isEmpty()
            ? List.of(OutgoingMessage.text(owner.chatId(), texts.text(language, "owner.today.empty"))) : messages;
      });
      case "new" -> flows.start(context, NewCaseFlow.NAME);
      case "cancel" -> flows.cancel(context);
      case "settings" -> done(List.of(OutgoingMessage.withButtons(owner.chatId(),
          texts.text(language, "owner.settings.pick"), businessFlows.settingButtons(language))));
      case "paid" -> paid(owner, update.getUpdateId());
      case "pause" -> page(owner, 0, Picker.PAUSE);
      case "stats" -> stats.answer(owner);
      case "proceedings", "procedure" -> page(owner, 0, Picker.PROCEEDINGS);
      case "statement", "releve" -> page(owner, 0, Picker.STATEMENT);
      case "profiles", "profils" -> buttons.profiles(owner);
      case "important" -> page(owner, 0, Picker.IMPORTANT);
      case "web" -> web.link(owner.chatId(), owner.businessId()).thenApply(link -> List.of(OutgoingMessage.text(
          owner.chatId(), link.map(url -> texts.text(language, "owner.web.link", Map.of("link", url)))
              .orElseGet(() -> texts.text(language, "owner.web.disabled")))));
      default -> done(List.of(OutgoingMessage.text(owner.chatId(), texts.text(language, "owner.unknown"))));
    };
  }

  /** {@code /paid}: straight to the amount when one case is open, else the cases to choose from. */
  private CompletionStage<List<OutgoingMessage>> paid(OwnerButtons.Owner owner, long updateId) {
    return cases.openSummaries(owner.businessId()).thenCompose(all -> all.size() == 1
        ? buttons.press(owner, new OwnerAction(OwnerAction.Verb.PAID, all.get(0).id(), null), updateId)
        : page(owner, 0, Picker.PAID));
  }

  /** The answer to the question in progress: a button's value, or words that are not a command. */
  private static Optional<String> flowAnswer(Update update) {
    if (update.hasCallbackQuery()) {
      String data = update.getCallbackQuery().getData();
      return data != null && data.startsWith(OwnerFlows.ANSWER)
          ? Optional.of(data.substring(OwnerFlows.ANSWER.length())) : Optional.empty();
    }
    if (update.hasMessage() && update.getMessage().hasText() && UpdateFacts.command(update).isEmpty()) {
      return Optional.of(update.getMessage().getText());
    }
    return Optional.empty();
  }

  /**
   * What a list of the open cases is for: {@code /cases} (a button opens the card), {@code /paid},
   * {@code /pause} (a button does that to the case), {@code /proceedings} or {@code /procedure} (the case's
   * collective proceedings are asked next), {@code /statement} or {@code /releve} (the statement of the account), {@code /important} (mark the
   * customer important, or no longer); its name rides on the page buttons ({@code page:2:paid}).
   */
  enum Picker {
    CASES(OwnerAction.Verb.OPEN, "owner.cases.title", "owner.cases.empty"),
    PAID(OwnerAction.Verb.PAID, "owner.paid.pick", "owner.pick.empty"),
    PAUSE(OwnerAction.Verb.PAUSE, "owner.pause.pick", "owner.pick.empty"),
    PROCEEDINGS(OwnerAction.Verb.PROCEEDINGS, "owner.proceedings.pick", "owner.pick.empty"),
    STATEMENT(OwnerAction.Verb.STATEMENT, "owner.statement.pick", "owner.pick.empty"),
    IMPORTANT(OwnerAction.Verb.IMPORTANT, "owner.important.pick", "owner.pick.empty");

    final OwnerAction.Verb verb;
    final String titleId;
    final String emptyId;

    Picker(OwnerAction.Verb verb, String titleId, String emptyId) {
      this.verb = verb;
      this.titleId = titleId;
      this.emptyId = emptyId;
    }

    String wire() {
      return this == CASES ? null : name().toLowerCase(java.util.Locale.ROOT);
    }

    static Picker of(String wire) {
      for (Picker picker : values()) {
        if (picker != CASES && picker.wire().equals(wire)) {
          return picker;
        }
      }
      return CASES;
    }
  }

  /** A page of the open cases, a button per case doing what the picker is for, and Previous / Next when there are more. */
  private CompletionStage<List<OutgoingMessage>> page(OwnerButtons.Owner owner, int requested, Picker picker) {
    Language language = owner.language();
    return cases.openSummaries(owner.businessId()).thenApply(all -> {
      if (all.isEmpty()) {
        return List.of(OutgoingMessage.text(owner.chatId(), texts.text(language, picker.emptyId)));
      }
      int pages = (all.size() + pageSize - 1) / pageSize;
      int page = Math.max(0, Math.min(requested, pages - 1));
      List<List<OutgoingMessage.Button>> rows = new ArrayList<>();
      all.subList(page * pageSize, Math.min(all.size(), (page + 1) * pageSize))
          .forEach(c -> rows.add(List.of(caseButton(c, picker.verb, language))));
      List<OutgoingMessage.Button> turn = new ArrayList<>();
      if (page > 0) {
        turn.add(new OutgoingMessage.Button(texts.text(language, "button.previous"),
            OwnerAction.page(page - 1, picker.wire()).data()));
      }
      if (page < pages - 1) {
        turn.add(new OutgoingMessage.Button(texts.text(language, "button.next"),
            OwnerAction.page(page + 1, picker.wire()).data()));
      }
      if (!turn.isEmpty()) {
        rows.add(turn);
      }
      return List.of(OutgoingMessage.withButtons(owner.chatId(), texts.text(language, picker.titleId,
          Map.of("count", all.size(), "page", page + 1, "pages", pages)), rows));
    });
  }

  private OutgoingMessage.Button caseButton(CaseSummaries.CaseSummary summary, OwnerAction.Verb verb,
                                            Language language) {
    return OwnerTexts.button(texts.text(language, "owner.cases.line", Map.of("debtor", summary.debtorName(),
        "balance", OwnerTexts.money(summary.balance(), summary.currency(), language))), verb, summary.id(), null);
  }

  private static int parsePage(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<OutgoingMessage> prepend(OutgoingMessage first, List<OutgoingMessage> rest) {
    List<OutgoingMessage> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static CompletionStage<List<OutgoingMessage>> done(List<OutgoingMessage> messages) {
    return CompletableFuture.completedFuture(messages);
  }
}
