package org.relance.owner;

import org.relance.gateway.CaseGateway;
import org.relance.business.BusinessProfile;
import org.relance.common.Money;
import org.relance.common.WireNames;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.Invoice;
import org.relance.debtorcase.PriorReminder;
import org.relance.invitations.Invitations;
import org.relance.ladder.Stage;
import org.relance.limits.InputLimits;
import org.relance.owner.Question.Choice;
import org.relance.telegram.OutgoingMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * {@code /new}: the debtor (name, business or consumer, address, contact), then one or more
 * invoices (number, amount, currency, issue and due dates), then the last reminder already sent.
 * It opens the case with the same command the API uses ({@code "tg:" + update id} as key), and
 * answers with the case card, the debtor's invitation link to forward, and the first message ready
 * to copy for a debtor who will not use Telegram.
 */
final class NewCaseFlow implements GuidedFlow {

  static final String NAME = "new_case";
  private static final String NONE = "none";

  private final OwnerCases cases;
  private final OwnerTexts texts;
  private final Invitations invitations;
  private final Executor blocking;
  private final List<Question> questions;

  NewCaseFlow(OwnerCases cases, OwnerTexts texts, Invitations invitations, Executor blocking) {
    this.cases = cases;
    this.texts = texts;
    this.invitations = invitations;
    this.blocking = blocking;
    this.questions = List.of(
        Question.typed("debtor_name", "owner.new.debtor_name", AnswerChecks::text),
        Question.typed("debtor_type", "owner.new.debtor_type",
                AnswerChecks.oneOf("owner.problem.choice", "business", "consumer"))
            .withChoices(List.of(new Choice("button.business", "business"), new Choice("button.consumer", "consumer"))),
        Question.typed("address", "owner.new.address", AnswerChecks::optional),
        Question.typed("contact", "owner.new.contact", AnswerChecks::optional),
        Question.typed("number", "owner.new.number", AnswerChecks::reference).inGroup(),
        Question.typed("amount", "owner.new.amount", AnswerChecks::amount).inGroup(),
        Question.typed("currency", "owner.new.currency", AnswerChecks.oneOf("owner.problem.choice", "EUR", "GBP"))
            .withChoices(List.of(new Choice("button.eur", "EUR"), new Choice("button.gbp", "GBP"))).inGroup(),
        Question.typed("issued", "owner.new.issued", answer -> AnswerChecks.date(answer, today())).inGroup(),
        Question.typed("due", "owner.new.due", answer -> AnswerChecks.date(answer, today())).inGroup(),
        Question.typed("another", "owner.new.another", AnswerChecks.oneOf("owner.problem.choice", "yes", "no"))
            .withChoices(List.of(new Choice("button.yes", "yes"), new Choice("button.no", "no"))).inGroup(),
        Question.typed("reminder", "owner.new.reminder", AnswerChecks.oneOf("owner.problem.choice", NONE,
                "friendly", "first_letter", "warning_letter", "formal_notice"))
            .withChoices(List.of(new Choice("button.none", NONE), new Choice("stage.friendly", "friendly"),
                new Choice("stage.first_letter", "first_letter"), new Choice("stage.warning_letter", "warning_letter"),
                new Choice("stage.formal_notice", "formal_notice"))),
        Question.typed("reminder_date", "owner.new.reminder_date", answer -> AnswerChecks.pastDate(answer, today())));
  }

  /** Today for the checks of dates: the latest today on Earth, as the case itself counts it. */
  private LocalDate today() {
    return InputLimits.todayAnywhere(cases.clock());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Question> questions() {
    return questions;
  }

  @Override
  public Question.Checked check(Question question, String answer, FlowState state) {
    Question.Checked checked = question.check().apply(answer);
    if (question.key().equals("due") && checked.value() != null
        && LocalDate.parse(checked.value()).isBefore(LocalDate.parse(state.answer(state.round(), "issued")))) {
      return Question.Checked.problem("owner.problem.due_before_issue");
    }
    return checked;
  }

  @Override
  public Optional<FlowState> next(Question answered, FlowState state) {
    if (answered.key().equals("another") && "yes".equals(state.answer(state.round(), "another"))) {
      return Optional.of(state.at("number", state.round() + 1));
    }
    if (answered.key().equals("reminder") && NONE.equals(state.answer("reminder"))) {
      return Optional.empty();
    }
    return GuidedFlow.super.next(answered, state);
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    String key = "tg:" + context.updateId();
    return cases.gateway().open(context.businessId(), key,
        profile -> new CaseGateway.NewCase(debtor(answers, profile), invoices(answers), priorReminders(answers)))
        .thenCompose(opening -> opening.reply() instanceof CaseReply.Accepted accepted
            ? CompletableFuture.supplyAsync(() -> invitations.issueForDebtor(context.businessId(), opening.caseId()),
                blocking).thenApply(invitation -> opened(context, opening.profile(), accepted.view(), invitation))
            : CompletableFuture.completedFuture(List.of(OutgoingMessage.text(context.chatId(),
                texts.text(context.language(), "owner.new.refused")))));
  }

  private List<OutgoingMessage> opened(Context context, BusinessProfile profile, CaseView view,
                                       Invitations.Invitation invitation) {
    var language = context.language();
    String debtor = view.debtor().name();
    String chat = context.chatId();
    Map<String, Object> values = Map.of("debtor", debtor, "link", invitation.link(), "business", profile.name(),
        "balance", OwnerTexts.money(view.balance(), view.currency(), language),
        "invoices", view.invoices().stream().map(CaseView.InvoiceView::number).collect(Collectors.joining(", ")),
        "due", OwnerTexts.date(view.invoices().stream().map(CaseView.InvoiceView::dueDate).min(LocalDate::compareTo)
            .orElseThrow(), language),
        "iban", profile.iban() == null ? texts.text(language, "owner.no_iban") : profile.iban());
    return List.of(
        OutgoingMessage.text(chat, texts.text(language, "owner.new.opened") + "\n"
            + texts.card(view, language, profile.timezone())).forOwnerOfCase(view.id()),
        OutgoingMessage.text(chat, texts.text(language, "owner.new.link", values)).forOwnerOfCase(view.id()),
        OutgoingMessage.text(chat, texts.text(language, "owner.new.first_message", values)).forOwnerOfCase(view.id()));
  }

  private static Debtor debtor(FlowState answers, BusinessProfile profile) {
    String contact = answers.answer("contact");
    boolean none = AnswerChecks.SKIP.equals(contact);
    return new Debtor(answers.answer("debtor_name"), WireNames.parse(DebtorType.class, answers.answer("debtor_type"), "debtor type"),
        null, null, AnswerChecks.address(answers.answer("address")), !none && contact.contains("@") ? contact : null,
        !none && !contact.contains("@") ? contact : null, profile.language(), profile.timezone());
  }

  private static List<Invoice> invoices(FlowState answers) {
    List<Invoice> invoices = new ArrayList<>();
    for (int round = 1; round <= answers.round(); round++) {
      invoices.add(new Invoice(answers.answer(round, "number"),
          Money.of(answers.answer(round, "amount"), answers.answer(round, "currency")),
          LocalDate.parse(answers.answer(round, "issued")), LocalDate.parse(answers.answer(round, "due"))));
    }
    return invoices;
  }

  private static List<PriorReminder> priorReminders(FlowState answers) {
    String stage = answers.answer("reminder");
    return NONE.equals(stage) ? List.of()
        : List.of(new PriorReminder(Stage.fromWire(stage), LocalDate.parse(answers.answer("reminder_date"))));
  }
}
