package org.relance.owner;

import org.relance.common.Language;
import org.relance.common.PostalAddress;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.OwnerTask;
import org.relance.ladder.Stage;
import org.relance.messages.MessageTemplates;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.OutgoingMessage.Button;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the owner reads about a case, in their language: the case card, and one message per task
 * with what they need to do it (the call sheet, the letter to post, the question to answer) and
 * its buttons ({@link OwnerAction} data). Pure: a case view and a language in, text out.
 */
public final class OwnerTexts {

  private final MessageTemplates templates;

  public OwnerTexts(MessageTemplates templates) {
    this.templates = templates;
  }

  public String text(Language language, String id, Map<String, ?> values) {
    return templates.text(language, id, values);
  }

  public String text(Language language, String id) {
    return templates.text(language, id);
  }

  /** The case as the owner sees it: who, how much, where the ladder is, what comes next. */
  public String card(CaseView view, Language language, ZoneId zone) {
    List<String> lines = new ArrayList<>();
    lines.add(text(language, "owner.card.head", Map.of("debtor", view.debtor().name(),
        "balance", money(view.balance(), view.currency(), language), "stage", stage(view.stage(), language))));
    if (view.overdueDays() > 0) {
      lines.add(text(language, "owner.card.overdue", Map.of("overdue", view.overdueDays())));
    }
    if (view.promise() != null) {
      BigDecimal amount = view.promise().amount() == null ? view.balance() : view.promise().amount();
      lines.add(text(language, "owner.card.promise", Map.of("amount", money(amount, view.currency(), language),
          "date", date(view.promise().date(), language))));
    }
    if (view.plan() != null) {
      view.plan().installments().stream().filter(i -> !i.paid()).findFirst().ifPresent(next ->
          lines.add(text(language, "owner.card.plan", Map.of("count", view.plan().installments().size(),
              "amount", money(next.amount(), view.currency(), language), "date", date(next.date(), language)))));
    }
    capturedLines(view, language, lines);
    if (view.holds().contains(CaseFile.Hold.OWNER_PAUSE)) {
      lines.add(text(language, "owner.card.paused"));
    }
    if (view.proceedings() != null) {
      lines.add(proceedings(view, language, "owner.card.proceedings"));
    }
    if (view.nextStep() != null) {
      lines.add(text(language, "owner.card.next", Map.of("stage", stage(view.nextStep().stage(), language),
          "date", date(view.nextStep().dueAt().atZone(zone).toLocalDate(), language))));
    } else if (view.holds().isEmpty()) {
      lines.add(text(language, "owner.card.no_next"));
    }
    return String.join("\n", lines);
  }

  /** What else the bot captured that the owner can correct: the plan waiting for them, the last reason, a claimed payment. */
  private void capturedLines(CaseView view, Language language, List<String> lines) {
    if (view.planProposal() != null) {
      lines.add(text(language, "owner.card.plan_proposed", Map.of("count", view.planProposal().installments().size())));
    }
    if (!view.delayReasons().isEmpty()) {
      var last = view.delayReasons().get(view.delayReasons().size() - 1);
      lines.add(text(language, "owner.card.reason", Map.of("reason", text(language, "owner.reason." + last.reason().wire()),
          "words", orElse(last.words(), language, "owner.no_words"))));
    }
    if (view.claimedPayment() != null) {
      var claim = view.claimedPayment();
      lines.add(text(language, "owner.card.claim", Map.of(
          "date", claim.date() == null ? text(language, "owner.card.no_day") : date(claim.date(), language),
          "method", claim.method() == null ? text(language, "owner.card.no_method")
              : text(language, "owner.method." + claim.method().name().toLowerCase(java.util.Locale.ROOT)))));
    }
  }

  /** One task of the digest or of /today: what to do, with its buttons. */
  public OutgoingMessage task(String chatId, CaseView view, OwnerTask task, Language language) {
    String caseId = view.id();
    Button open = button(language, "button.open", OwnerAction.Verb.OPEN, caseId, null);
    List<List<Button>> buttons = OwnerFollowThrough.taskButtons(this, language, caseId, task).orElseGet(() ->
        switch (task.kind()) {
      case POST_LETTER -> OwnerLetters.taskButtons(this, language, caseId, task);
      case HANDOVER -> List.of(List.of(
          button(language, "button.done", OwnerAction.Verb.DONE, caseId, task.id()), open));
      case ASK_PROMISE_PAID -> List.of(List.of(
          button(language, "button.yes_paid", OwnerAction.Verb.PROMISE_KEPT, caseId, null),
          button(language, "button.not_paid", OwnerAction.Verb.PROMISE_BROKEN, caseId, null)), List.of(open));
      case CONFIRM_CLAIMED_PAYMENT -> List.of(List.of(
          button(language, "button.confirm", OwnerAction.Verb.CLAIM_CONFIRMED, caseId, null),
          button(language, "button.deny", OwnerAction.Verb.CLAIM_DENIED, caseId, null)), List.of(open));
      case DECIDE_PLAN -> List.of(List.of(
          button(language, "button.approve", OwnerAction.Verb.PLAN_APPROVED, caseId, null),
          button(language, "button.refuse", OwnerAction.Verb.PLAN_REFUSED, caseId, null)), List.of(open));
      case DECLARE_CLAIM -> List.of(List.of(
          button(language, "button.declaration", OwnerAction.Verb.DECLARATION_PDF, caseId, null),
          button(language, "button.done", OwnerAction.Verb.DONE, caseId, task.id())), List.of(open));
      case CALL_DEBTOR, RESOLVE_DISPUTE, ASK_INSTALLMENT_PAID -> List.of(List.of(open));
    });
    return OutgoingMessage.withButtons(chatId, taskText(view, task, language), buttons).forOwnerOfCase(caseId);
  }

  private String taskText(CaseView view, OwnerTask task, Language language) {
    String debtor = view.debtor().name();
    String currency = view.currency();
    return switch (task.kind()) {
      case CALL_DEBTOR -> text(language, "owner.digest.call", Map.of("debtor", debtor,
          "phone", view.phoneWrong() ? text(language, "owner.phone_wrong")
              : orElse(view.debtor().phone(), language, "owner.no_phone"),
          "balance", money(view.balance(), currency, language), "invoices", invoices(view, language)))
          + "\n" + text(language, view.debtor().type() == DebtorType.BUSINESS
              ? "owner.digest.call.business" : "owner.digest.call.consumer")
          + "\n" + text(language, "owner.digest.call.after");
      case ASK_INSTALLMENT_PAID -> OwnerFollowThrough.nextInstallment(view).map(next -> text(language,
          "owner.digest.installment", Map.of("debtor", debtor, "amount", money(next.amount(), currency, language),
              "date", date(next.date(), language)))).orElse(debtor);
      case POST_LETTER -> text(language, "owner.digest.letter", Map.of("debtor", debtor,
          "letter", stage(task.stage(), language), "address", address(view.debtor().address(), language)));
      case HANDOVER -> text(language, "owner.digest.handover", Map.of("debtor", debtor));
      case ASK_PROMISE_PAID -> view.promise() == null ? debtor : text(language, "owner.digest.promise", Map.of(
          "debtor", debtor, "date", date(view.promise().date(), language), "amount", money(
              view.promise().amount() == null ? view.balance() : view.promise().amount(), currency, language)));
      case CONFIRM_CLAIMED_PAYMENT -> text(language, "owner.digest.claim", Map.of("debtor", debtor,
          "words", view.claimedPayment() == null ? text(language, "owner.no_words")
              : orElse(view.claimedPayment().words(), language, "owner.no_words")));
      case RESOLVE_DISPUTE -> text(language, "owner.digest.dispute", Map.of("debtor", debtor,
          "reason", view.dispute() == null ? text(language, "owner.no_words")
              : orElse(view.dispute().reason(), language, "owner.dispute.by_phone")));
      case DECLARE_CLAIM -> view.proceedings() == null ? debtor : proceedings(view, language, "owner.digest.declare");
      case DECIDE_PLAN -> {
        CaseView.PlanView plan = view.planProposal();
        List<CaseView.InstallmentView> parts = plan == null ? List.of() : plan.installments();
        yield text(language, "owner.digest.plan", Map.of("debtor", debtor, "count", parts.size(),
            "installments", parts.stream().map(i -> money(i.amount(), currency, language) + " (" + date(i.date(),
                language) + ")").collect(Collectors.joining(", "))));
      }
    };
  }

  /**
   * A text about the case's collective proceedings ({@code owner.card.proceedings}, {@code owner.digest.declare},
   * {@code owner.proceedings.*}), given the debtor, the kind, the judgment's day and the declaration deadline.
   */
  public String proceedings(CaseView view, Language language, String id) {
    CaseView.ProceedingsView p = view.proceedings();
    return text(language, id, Map.of("debtor", view.debtor().name(),
        "kind", text(language, "owner.proceedings.kind." + p.kind().wire()),
        "judgment", p.judgmentDate() == null ? text(language, "owner.proceedings.no_judgment_date")
            : date(p.judgmentDate(), language),
        "deadline", date(p.declarationDeadline(), language)));
  }

  public static Button button(String label, OwnerAction.Verb verb, String caseId, String taskId) {
    return new Button(label, new OwnerAction(verb, caseId, taskId).data());
  }

  private Button button(Language language, String labelId, OwnerAction.Verb verb, String caseId, String taskId) {
    return button(text(language, labelId), verb, caseId, taskId);
  }

  public String stage(Stage stage, Language language) {
    return text(language, "stage." + stage.name().toLowerCase(java.util.Locale.ROOT));
  }

  public static String money(BigDecimal amount, String currency, Language language) {
    return language.money(amount, currency);
  }

  public static String date(LocalDate date, Language language) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()));
  }

  /** A time of day as people write it: "9 h", "8 h 30" in French; "9:00", "8:30" in English. */
  public static String time(java.time.LocalTime time, Language language) {
    if (language == Language.FR) {
      return time.getMinute() == 0 ? time.getHour() + " h" : String.format("%d h %02d", time.getHour(), time.getMinute());
    }
    return String.format("%d:%02d", time.getHour(), time.getMinute());
  }

  private String invoices(CaseView view, Language language) {
    return view.invoices().stream().filter(i -> i.outstanding().signum() > 0)
        .map(i -> i.number() + " (" + money(i.outstanding(), i.currency(), language) + ", "
            + date(i.issueDate(), language) + " → " + date(i.dueDate(), language) + ")")
        .collect(Collectors.joining(", "));
  }

  String address(PostalAddress address, Language language) {
    if (address == null) {
      return text(language, "owner.no_address");
    }
    return java.util.stream.Stream.of(address.street(), address.postcode(), address.city())
        .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
  }

  private String orElse(String value, Language language, String fallbackId) {
    return value == null || value.isBlank() ? text(language, fallbackId) : value;
  }
}
