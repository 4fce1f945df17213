package org.relance.debtorchat;

import org.relance.business.BusinessProfile;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DialogueReply;
import org.relance.dialogue.DialogueReply.Choice;
import org.relance.dialogue.DialogueReply.DebtorMessage;
import org.relance.dialogue.DialogueReply.OwnerNotice;
import org.relance.dialogue.OwnerAlerts;
import org.relance.owner.OwnerNotices;
import org.relance.telegram.OutgoingMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Between the channel-neutral dialogue and Telegram: a {@link DialogueReply} as Telegram messages (a
 * debtor's choice as an inline button whose callback data is {@link #CHOICE_DATA} and the choice id,
 * a message about a case reported to that case's journal; the owner's notices as the owner side's
 * messages), and the owner's notices ({@link OwnerNotices}) as the dialogue's {@link OwnerAlerts}.
 * The e-mail and page adapters use {@link #ownerMessages} to send the owner's notices of a reply.
 */
public final class TelegramDialogue implements OwnerAlerts {

  /** The callback data of a debtor's button: this prefix, then the dialogue's choice id ({@code d:yes:<update>}). */
  public static final String CHOICE_DATA = "d:";

  private final OwnerNotices notices;

  public TelegramDialogue(OwnerNotices notices) {
    this.notices = notices;
  }

  @Override
  public List<OwnerNotice> tell(OwnerNotices.Notice notice, CaseView view, BusinessProfile business,
                                OwnerNotices.About about) {
    return notices.tell(notice, view, business, about).stream().map(TelegramDialogue::notice).toList();
  }

  @Override
  public List<OwnerNotice> proceedings(CaseView view, BusinessProfile business) {
    return notices.proceedings(view, business).stream().map(TelegramDialogue::notice).toList();
  }

  /** The reply as Telegram messages: the debtor's, then the owner's. */
  public static List<OutgoingMessage> messages(DialogueReply reply) {
    List<OutgoingMessage> messages = new ArrayList<>(reply.toDebtor().stream().map(TelegramDialogue::message)
        .toList());
    messages.addAll(ownerMessages(reply));
    return messages;
  }

  /** The owner's notices of a reply, as Telegram messages to the owner's chats. */
  public static List<OutgoingMessage> ownerMessages(DialogueReply reply) {
    return reply.toOwner().stream().map(n -> OutgoingMessage.withButtons(n.ownerChat(), n.text(),
        buttons(n.buttons(), "")).forOwnerOfCase(n.caseId())).toList();
  }

  private static OutgoingMessage message(DebtorMessage message) {
    OutgoingMessage telegram = OutgoingMessage.withButtons(message.conversation(), message.text(),
        buttons(message.choices(), CHOICE_DATA));
    return message.caseId() == null ? telegram : telegram.forCase(message.caseId());
  }

  private static List<List<OutgoingMessage.Button>> buttons(List<List<Choice>> choices, String prefix) {
    return choices.stream().map(row -> row.stream().map(c -> new OutgoingMessage.Button(c.label(), prefix + c.id()))
        .toList()).toList();
  }

  private static OwnerNotice notice(OutgoingMessage message) {
    return new OwnerNotice(message.chatId(), message.caseId(), message.text(), message.buttons().stream()
        .map(row -> row.stream().map(b -> new Choice(b.label(), b.data())).toList()).toList());
  }
}
