package org.relance.owner;

import org.relance.business.Business;
import org.relance.business.BusinessProfile;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;
import org.relance.owner.Question.Choice;
import org.relance.telegram.OutgoingMessage;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The business's profile from the chat: {@link #onboarding} (a new user's {@code /start} without
 * a link: name, address, legal id, IBAN and BIC, language, time zone, digest hour, plan policy;
 * the business is registered and the chat bound to it) and {@link #settings} ({@code /settings}:
 * one of those answers changed, the profile replaced, the open cases given the new terms).
 */
final class BusinessFlows {

  static final String ONBOARDING = "onboarding";
  static final String SETTINGS = "settings";

  /** The plan policies offered: a button each. */
  static final Map<String, PlanPolicy> POLICIES = Map.of(
      "standard", PlanPolicy.defaults(),
      "flexible", new PlanPolicy(6, 6, new BigDecimal("10")),
      "ask_me", new PlanPolicy(1, 1, new BigDecimal("100")));

  static final List<Question> QUESTIONS = List.of(
      Question.typed("name", "owner.setup.name", AnswerChecks::text),
      Question.typed("address", "owner.setup.address", AnswerChecks::optional),
      Question.typed("legal_id", "owner.setup.legal_id", AnswerChecks::optional),
      Question.typed("iban", "owner.setup.iban", AnswerChecks::iban),
      Question.typed("bic", "owner.setup.bic", AnswerChecks::bic),
      Question.typed("language", "owner.setup.language", AnswerChecks.oneOf("owner.problem.choice", "fr", "en"))
          .withChoices(List.of(new Choice("button.french", "fr"), new Choice("button.english", "en"))),
      Question.typed("timezone", "owner.setup.timezone", AnswerChecks::zone)
          .withChoices(List.of(new Choice("button.paris", "Europe/Paris"), new Choice("button.london", "Europe/London"))),
      Question.typed("digest_hour", "owner.setup.digest_hour", AnswerChecks::hour)
          .withChoices(List.of(new Choice("button.hour8", "8"), new Choice("button.hour9", "9"),
              new Choice("button.hour10", "10"))),
      Question.typed("plan_policy", "owner.setup.plan_policy",
              AnswerChecks.oneOf("owner.problem.choice", "standard", "flexible", "ask_me"))
          .withChoices(List.of(new Choice("button.policy_standard", "standard"),
              new Choice("button.policy_flexible", "flexible"), new Choice("button.policy_ask_me", "ask_me"))));

  /** Asked only from /settings: the payment link added to every reminder (not during onboarding). */
  static final Question PAYMENT_URL = Question.typed("payment_url", "owner.setup.payment_url", AnswerChecks::paymentUrl);
  static final List<Question> SETTING_QUESTIONS = java.util.stream.Stream.concat(QUESTIONS.stream(), java.util.stream.Stream.of(PAYMENT_URL))
      .toList();

  private final OwnerChats chats;
  private final OwnerCases cases;
  private final OwnerTexts texts;
  private final Executor blocking;

  BusinessFlows(OwnerChats chats, OwnerCases cases, OwnerTexts texts, Executor blocking) {
    this.chats = chats;
    this.cases = cases;
    this.texts = texts;
    this.blocking = blocking;
  }

  /** The id of the business registered from a chat: the same for a repeated finish. */
  static String businessIdOf(String chatId) {
    return UUID.nameUUIDFromBytes(("business:tg:" + chatId).getBytes(StandardCharsets.UTF_8)).toString();
  }

  GuidedFlow onboarding() {
    return new GuidedFlow() {
      @Override
      public String name() {
        return ONBOARDING;
      }

      @Override
      public List<Question> questions() {
        return QUESTIONS;
      }

      @Override
      public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
        String id = businessIdOf(context.chatId());
        BusinessProfile profile = withAnswers(new BusinessProfile(null, null, null, null, null, null, Language.FR,
            Jurisdiction.FR, ZoneId.of("Europe/Paris"), null, PlanPolicy.defaults(), 9, Map.of()), answers);
        return cases.business(id, r -> new Business.Register(profile, r))
            .thenCompose(reply -> CompletableFuture.runAsync(
                () -> chats.bind(context.chatId(), id, cases.clock().instant()), blocking))
            .thenApply(bound -> List.of(OutgoingMessage.text(context.chatId(), texts.text(profile.language(),
                "owner.bound", Map.of("business", profile.name(), "hour",
                OwnerTexts.time(profile.digestTime(), profile.language()))))));
      }
    };
  }

  GuidedFlow settings() {
    return new GuidedFlow() {
      @Override
      public String name() {
        return SETTINGS;
      }

      @Override
      public List<Question> questions() {
        return SETTING_QUESTIONS;
      }

      /** The payment link's question shows its placeholders as they are written. */
      @Override
      public Map<String, Object> promptValues(FlowState state, Language language) {
        return Map.of("amount", "{amount}", "reference", "{reference}");
      }

      /** One answer changes one setting; the IBAN goes with its BIC. */
      @Override
      public Optional<FlowState> next(Question answered, FlowState state) {
        return answered.key().equals("iban") ? Optional.of(state.at("bic", state.round())) : Optional.empty();
      }

      @Override
      public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
        return cases.profile(context.businessId()).thenCompose(current -> {
          BusinessProfile changed = withAnswers(current.orElseThrow(), answers);
          return cases.business(context.businessId(), r -> new Business.ChangeProfile(changed, r))
              .thenCompose(reply -> cases.refreshTerms(context.businessId()))
              .thenApply(done -> List.of(OutgoingMessage.text(context.chatId(),
                  texts.text(changed.language(), "owner.settings.changed"))));
        });
      }
    };
  }

  /** The buttons of {@code /settings}: one per setting, each starting the question that changes it. */
  List<List<OutgoingMessage.Button>> settingButtons(Language language) {
    return SETTING_QUESTIONS.stream().filter(q -> !q.key().equals("bic"))
        .map(q -> List.of(new OutgoingMessage.Button(texts.text(language, "owner.settings." + q.key()),
            OwnerFlows.START + SETTINGS + ":" + q.key())))
        .toList();
  }

  /** The profile with whatever the answers give. */
  static BusinessProfile withAnswers(BusinessProfile p, FlowState a) {
    String iban = a.answer("iban") != null ? a.answer("iban") : p.iban();
    return new BusinessProfile(
        a.answer("name") != null ? a.answer("name") : p.name(),
        a.answer("address") != null ? AnswerChecks.address(a.answer("address")) : p.address(),
        a.answer("legal_id") != null ? skipToNull(a.answer("legal_id")) : p.legalId(),
        p.signatory(), iban,
        a.answer("bic") != null ? a.answer("bic") : p.bic(),
        a.answer("language") != null ? Language.fromCode(a.answer("language")) : p.language(),
        iban != null && iban.startsWith("GB") ? Jurisdiction.UK : a.answer("iban") != null ? Jurisdiction.FR
            : p.jurisdiction(),
        a.answer("timezone") != null ? ZoneId.of(a.answer("timezone")) : p.timezone(),
        p.contractPenaltyRate(),
        a.answer("plan_policy") != null ? POLICIES.get(a.answer("plan_policy")) : p.planPolicy(),
        a.answer("digest_hour") != null ? AnswerChecks.time(a.answer("digest_hour")).getHour() : p.digestHour(),
        p.ladderOverrides(),
        a.answer("digest_hour") != null ? Integer.valueOf(AnswerChecks.time(a.answer("digest_hour")).getMinute())
            : p.digestMinute(),
        a.answer("payment_url") != null ? skipToNull(a.answer("payment_url")) : p.paymentUrl(), p.emailWithChat());
  }

  private static String skipToNull(String answer) {
    return AnswerChecks.SKIP.equals(answer) ? null : answer;
  }
}
