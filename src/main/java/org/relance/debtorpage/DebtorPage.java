package org.relance.debtorpage;

import com.typesafe.config.Config;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.debtorcase.CaseJournal;
import org.relance.dialogue.DebtorDialogue;
import org.relance.gateway.CaseGateway;
import org.relance.imports.InvoicePdfs;
import org.relance.letters.store.LetterStore;
import org.relance.messages.MessageTemplates;
import org.relance.owner.OwnerChats;
import org.relance.owner.OwnerNotices;
import org.relance.telegram.OutgoingMessage;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * The debtor page, wired from {@code relance.debtor-page} and {@code relance.debtor}: its links
 * ({@link #links()}, which other faces use to put the page's address in e-mails and letters) and
 * its routes ({@link #route()}: the page, and the case's page address in the JSON API). Sessions and the throttle run on the wall clock, the cases on the
 * service's clock; a locked link is told to the owner's Telegram chats.
 */
public final class DebtorPage {

  /** What the page needs of the rest of the service. */
  public record Parts(String adminToken, DataSource dataSource, CaseGateway gateway, DebtorDialogue dialogue,
                      CaseJournal journal, LetterStore letters, MessageTemplates templates, Clock caseClock,
                      Executor blocking,
                      BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> sendOnce) {}

  private final DebtorPageLinks links;
  private final DebtorPageRoutes routes;
  private final PageApiRoutes api;

  private DebtorPage(DebtorPageLinks links, DebtorPageRoutes routes, PageApiRoutes api) {
    this.links = links;
    this.routes = routes;
    this.api = api;
  }

  /** The page's routes over {@code links} (made first with {@link DebtorPageLinks#fromConfig}, the letters print them). */
  public static DebtorPage create(Config config, DebtorPageLinks links, Parts parts) {
    Config page = config.getConfig("relance.debtor-page");
    boolean secure = config.getString("relance.http.public-url").startsWith("https://");
    Clock wall = Clock.systemUTC();
    PageChoices choices = new PageChoices(parts.dataSource());
    InvoicePdfs pdfs = new InvoicePdfs(parts.dataSource(), parts.caseClock());
    PageCases cases = new PageCases(parts.gateway(), parts.journal(), pdfs, choices, parts.blocking());
    PageHtml html = new PageHtml(parts.templates());
    PageTalk talk = new DialogueTalk(parts.dialogue(), parts.gateway(), parts.templates(), choices, parts.sendOnce(),
        parts.blocking());
    OwnerNotices notices = new OwnerNotices(new OwnerChats(parts.dataSource()), parts.templates());
    PageVerification verification = new PageVerification(links, (found, answer) -> parts.sendOnce().apply(
        "page-locked:" + found.view().id() + ":" + parts.caseClock().instant(), notices.tell(
            OwnerNotices.Notice.VERIFICATION_FAILED, found.view(), found.business(), OwnerNotices.About.words(answer))),
        config.getInt("relance.debtor.verification-tries"), parts.blocking());
    CasePageRoutes casePages = new CasePageRoutes(new PageSessions(parts.dataSource(), wall,
        page.getDuration("session-lifetime")), cases, html, talk, new CasePageRoutes.Stores(parts.letters(), pdfs),
        parts.caseClock(), parts.blocking(), secure);
    return new DebtorPage(links, new DebtorPageRoutes(links, new PageThrottle(wall, page.getInt("requests-per-minute")),
        cases, verification, html, casePages, talk, parts.blocking(), secure),
        new PageApiRoutes(parts.adminToken(), links, parts.gateway(), parts.blocking()));
  }

  /** The page's links: a case's address, signed answers. */
  public DebtorPageLinks links() {
    return links;
  }

  /** The page itself and the owner's {@code /api/cases/{id}/page}. */
  public Route route() {
    return routes.route().orElse(api.route());
  }
}
