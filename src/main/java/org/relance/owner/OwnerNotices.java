package org.relance.owner;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.messages.MessageTemplates;
import org.relance.nlu.DelayReason;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.OutgoingMessage.Button;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The messages that tell a business's owner at once what a debtor said that needs them (templates
 * {@code owner.notice.*}), in the business's language, to every owner chat of the business, each
 * copied to the case's journal: what the bot captured comes with the buttons to correct or reject
 * it ({@link OwnerAction.Verb#FIX_PROMISE}...), what waits for a decision with the decision's
 * buttons, the rest with an Open button. Reading the owner chats is blocking JDBC: call from a
 * blocking dispatcher.
 */
public final class OwnerNotices {

  /** What happened on the debtor's side. */
  public enum Notice {
    PROMISE, PLAN_AGREED, PLAN_TO_DECIDE, PLAN_REQUEST, CLAIM, DISPUTE, DISPUTE_DETAILS, REASON, TALK, STOP,
    WRONG_CONTACT, DISCOUNT, NOT_UNDERSTOOD, VERIFICATION_FAILED
  }

  /** What the notice is about beyond the case: the debtor's words and the reason, when there are. */
  public record About(String words, DelayReason reason) {
    public static About words(String words) {
      return new About(words, null);
    }
  }

  /** The labels of the decision buttons; a correction's label is {@code button.<verb>} (as on the case card). */
  private static final Map<OwnerAction.Verb, String> LABELS = Map.of(
      OwnerAction.Verb.PLAN_APPROVED, "button.approve", OwnerAction.Verb.PLAN_REFUSED, "button.refuse",
      OwnerAction.Verb.CLAIM_CONFIRMED, "button.confirm", OwnerAction.Verb.CLAIM_DENIED, "button.deny",
      OwnerAction.Verb.OPEN, "button.open");

  private final OwnerChats chats;
  private final MessageTemplates templates;
  private final OwnerProceedings proceedings;

  public OwnerNotices(OwnerChats chats, MessageTemplates templates) {
    this.chats = chats;
    this.templates = templates;
    this.proceedings = new OwnerProceedings(new OwnerTexts(templates));
  }

  /** The notice that the case is on hold for collective proceedings, and what the owner must do, to every owner chat. */
  public List<OutgoingMessage> proceedings(CaseView view, BusinessProfile business) {
    return chats.chatsOf(view.businessId()).stream()
        .map(chat -> proceedings.notice(chat, view, business.language())).toList();
  }

  /** The notice for every owner chat of the case's business (none when no owner chat is bound). */
  public List<OutgoingMessage> tell(Notice notice, CaseView view, BusinessProfile business, About about) {
    Language language = business.language();
    String text = templates.text(language, "owner.notice." + notice.name().toLowerCase(java.util.Locale.ROOT),
        values(view, language, about));
    List<List<Button>> buttons = buttons(notice, view.id(), language);
    return chats.chatsOf(view.businessId()).stream()
        .map(chat -> OutgoingMessage.withButtons(chat, text, buttons).forOwnerOfCase(view.id()))
        .toList();
  }

  private Map<String, Object> values(CaseView view, Language language, About about) {
    Map<String, Object> values = new HashMap<>();
    values.put("debtor", view.debtor().name());
    values.put("words", about.words() == null ? "" : about.words());
    values.put("balance", OwnerTexts.money(view.balance(), view.currency(), language));
    values.put("phone", view.debtor().phone() == null || view.debtor().phone().isBlank()
        ? templates.text(language, "owner.no_phone") : view.debtor().phone());
    values.put("reason", about.reason() == null ? ""
        : templates.text(language, "owner.notice.reason." + about.reason().wire()));
    if (view.promise() != null) {
      values.put("amount", OwnerTexts.money(view.promise().amount() == null ? view.balance()
          : view.promise().amount(), view.currency(), language));
      values.put("date", OwnerTexts.date(view.promise().date(), language));
    }
    CaseView.PlanView plan = view.plan() != null ? view.plan() : view.planProposal();
    if (plan != null) {
      values.put("installments", plan.installments().stream().map(i -> OwnerTexts.money(i.amount(), view.currency(),
          language) + " (" + OwnerTexts.date(i.date(), language) + ")").collect(Collectors.joining(", ")));
    }
    if (view.claimedPayment() != null) {
      values.put("paid_on", view.claimedPayment().date() == null ? templates.text(language, "owner.notice.unknown")
          : OwnerTexts.date(view.claimedPayment().date(), language));
    }
    return values;
  }

  private List<List<Button>> buttons(Notice notice, String caseId, Language language) {
    List<OwnerAction.Verb> verbs = switch (notice) {
      case PROMISE -> List.of(OwnerAction.Verb.FIX_PROMISE, OwnerAction.Verb.REJECT_PROMISE);
      case PLAN_AGREED -> List.of(OwnerAction.Verb.FIX_PLAN, OwnerAction.Verb.REJECT_PLAN);
      case PLAN_TO_DECIDE -> List.of(OwnerAction.Verb.PLAN_APPROVED, OwnerAction.Verb.PLAN_REFUSED);
      case CLAIM -> List.of(OwnerAction.Verb.CLAIM_CONFIRMED, OwnerAction.Verb.CLAIM_DENIED, OwnerAction.Verb.FIX_CLAIM);
      case REASON -> List.of(OwnerAction.Verb.FIX_REASON, OwnerAction.Verb.REJECT_REASON);
      case VERIFICATION_FAILED -> List.of(OwnerAction.Verb.NEW_LINK, OwnerAction.Verb.OPEN);
      default -> List.of(OwnerAction.Verb.OPEN);
    };
    return List.of(verbs.stream().map(verb -> OwnerTexts.button(templates.text(language,
        LABELS.getOrDefault(verb, "button." + verb.name().toLowerCase(java.util.Locale.ROOT))), verb,
        caseId, null)).toList());
  }


}
