package org.relance.dialogue;

import org.relance.business.BusinessProfile;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DialogueReply.OwnerNotice;
import org.relance.owner.OwnerNotices.About;
import org.relance.owner.OwnerNotices.Notice;

import java.util.List;

/**
 * The notices the dialogue has for the owner of a case's business, one per owner chat (none when no
 * owner chat is bound). The owner's side writes them ({@code org.relance.owner.OwnerNotices}); the
 * Telegram adapter brings them here. Blocking (it reads the owner chats): call from the blocking executor.
 */
public interface OwnerAlerts {

  /** The notice of {@code notice} about the case, with the debtor's words or reason. */
  List<OwnerNotice> tell(Notice notice, CaseView view, BusinessProfile business, About about);

  /** The notice that the case is on hold for collective proceedings, and what the owner must do. */
  List<OwnerNotice> proceedings(CaseView view, BusinessProfile business);
}
