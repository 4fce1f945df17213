package org.relance.dialogue;

import java.util.ArrayList;
import java.util.List;

/**
 * What the dialogue answers a debtor's turn: the messages for the debtor, in order, each on the turn's
 * conversation and, when it speaks of a case, tied to it (the channel then records it in the case's
 * journal when it is delivered); and the notices for the owner, which go to the owner's Telegram chats
 * as today (the Telegram adapter turns them into Telegram messages for every channel).
 */
public record DialogueReply(List<DebtorMessage> toDebtor, List<OwnerNotice> toOwner) {

  /** A choice offered to the debtor (a button, a link): what it says and the id a turn sends back. */
  public record Choice(String label, String id) {}

  /**
   * A message for the debtor on {@code conversation}: its text, and the choices offered under it in
   * rows (none: plain text). {@code caseId} is the case it speaks of (null before the person is verified).
   */
  public record DebtorMessage(String conversation, String caseId, String text, List<List<Choice>> choices) {
    public DebtorMessage {
      choices = choices == null ? List.of() : choices.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A notice for the owner of the case's business, to their Telegram chat {@code ownerChat}, with the
   * owner's buttons ({@link Choice#id()} is the owner side's own button data).
   */
  public record OwnerNotice(String ownerChat, String caseId, String text, List<List<Choice>> buttons) {
    public OwnerNotice {
      buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }
  }

  public DialogueReply {
    toDebtor = List.copyOf(toDebtor);
    toOwner = List.copyOf(toOwner);
  }

  /** Nothing to say. */
  public static DialogueReply none() {
    return new DialogueReply(List.of(), List.of());
  }

  static DialogueReply of(DebtorMessage... messages) {
    return new DialogueReply(List.of(messages), List.of());
  }

  /** These messages and notices, then {@code more}'s. */
  DialogueReply plus(DialogueReply more) {
    List<DebtorMessage> debtor = new ArrayList<>(toDebtor);
    debtor.addAll(more.toDebtor);
    List<OwnerNotice> owner = new ArrayList<>(toOwner);
    owner.addAll(more.toOwner);
    return new DialogueReply(debtor, owner);
  }

  /** {@code first}, then these messages and notices. */
  DialogueReply after(List<DebtorMessage> first) {
    List<DebtorMessage> debtor = new ArrayList<>(first);
    debtor.addAll(toDebtor);
    return new DialogueReply(debtor, toOwner);
  }

  /** These, then the owner's notices {@code notices}. */
  DialogueReply told(List<OwnerNotice> notices) {
    List<OwnerNotice> owner = new ArrayList<>(toOwner);
    owner.addAll(notices);
    return new DialogueReply(toDebtor, owner);
  }
}
