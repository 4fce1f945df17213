package org.relance.admin;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.accounts.Accounts;
import org.relance.accounts.ApiTokens;
import org.relance.accounts.PasswordHasher;
import org.relance.accounts.Sessions;
import org.relance.accounts.SignInLinks;
import org.relance.debtorcase.CaseJournal;
import org.relance.letters.CaseLetters;
import org.relance.readside.CaseSummaries;
import org.relance.readside.ParkedEvents;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The admin web page, wired from {@code relance.admin}: the page and sign-in ({@link PageRoutes})
 * and its JSON ({@link CaseWebRoutes}). Sessions and tokens run on the wall clock, the cases on the
 * service's clock.
 */
public final class AdminRoutes extends AllDirectives {

  private final PageRoutes pages;
  private final CaseWebRoutes cases;

  private AdminRoutes(PageRoutes pages, CaseWebRoutes cases) {
    this.pages = pages;
    this.cases = cases;
  }

  public static AdminRoutes create(Config admin, String adminToken, DataSource dataSource, ActorSystem<?> system,
                                   Duration askTimeout, CaseSummaries summaries, CaseJournal journal,
                                   CaseLetters letters, Clock caseClock, Executor blocking) {
    Clock wall = Clock.systemUTC();
    Accounts accounts = new Accounts(dataSource, new PasswordHasher(), wall);
    WebAccess access = new WebAccess(adminToken,
        new Sessions(dataSource, accounts, wall, admin.getDuration("session-lifetime")),
        new ApiTokens(dataSource, accounts, wall), blocking, admin.getBoolean("secure-cookies"));
    return new AdminRoutes(new PageRoutes(access, accounts, new SignInLinks(dataSource, accounts, wall),
        new SignInThrottle(wall, admin.getInt("sign-in-failures"), admin.getDuration("sign-in-failure-window"))),
        new CaseWebRoutes(adminToken, access, new AccountRoutes(adminToken, access, accounts), system, askTimeout, summaries, journal, letters, caseClock,
            new ParkedEvents(dataSource)));
  }

  public Route route() {
    return concat(pages.route(), cases.route());
  }
}
