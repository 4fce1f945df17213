package org.relance.admin;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.gateway.CaseGateway;
import org.relance.accounts.Accounts;
import org.relance.accounts.FirstAdminLinks;
import org.relance.accounts.HashingPool;
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
import java.util.concurrent.Executor;

/**
 * The admin web page, wired from {@code relance.admin}: the page and sign-in ({@link PageRoutes})
 * and its JSON ({@link CaseWebRoutes}, {@link ImportWebRoutes}). Sessions, tokens and the sign-in throttle run on the wall
 * clock, the cases on the service's clock; password checks on their own small pool.
 */
public final class AdminRoutes extends AllDirectives {

  private final PageRoutes pages;
  private final CaseWebRoutes cases;
  private final AccountRoutes accounts;
  private final PersonalDataWebRoutes personalData;
  private final ImportWebRoutes imports;

  private AdminRoutes(PageRoutes pages, CaseWebRoutes cases, AccountRoutes accounts,
                      PersonalDataWebRoutes personalData, ImportWebRoutes imports) {
    this.pages = pages;
    this.cases = cases;
    this.accounts = accounts;
    this.personalData = personalData;
    this.imports = imports;
  }

  public static AdminRoutes create(Config admin, String publicUrl, String adminToken, DataSource dataSource,
                                   ActorSystem<?> system, CaseGateway gateway, CaseSummaries summaries,
                                   CaseJournal journal, CaseLetters letters, Clock caseClock, Executor blocking,
                                   org.relance.privacy.PersonalData personalData, org.relance.stats.MoneyPictures pictures,
                                   org.relance.stats.StatsChart chart, org.relance.imports.FileImports imports) {
    Clock wall = Clock.systemUTC();
    Accounts accounts = new Accounts(dataSource, new PasswordHasher(), wall);
    boolean secureCookies = admin.getBoolean("secure-cookies");
    WebAccess access = new WebAccess(adminToken,
        new Sessions(dataSource, accounts, wall, admin.getDuration("session-lifetime")),
        new ApiTokens(dataSource, accounts, wall), blocking, secureCookies);
    HashingPool hashing = new HashingPool(admin.getInt("password-hashing.threads"),
        admin.getInt("password-hashing.queue"));
    system.getWhenTerminated().thenRun(hashing::close);
    PageRoutes.Guards guards = new PageRoutes.Guards(new SignInThrottle(wall, admin.getInt("sign-in-failures"),
        admin.getInt("sign-in-address-failures"), admin.getDuration("sign-in-failure-window")),
        new ClientAddress(admin.getBoolean("trust-forwarded-for")), hashing, new SignInForms(secureCookies, publicUrl));
    AccountRoutes accountRoutes = new AccountRoutes(adminToken, access, accounts);
    return new AdminRoutes(new PageRoutes(access, accounts, new SignInLinks(dataSource, accounts, wall),
        new FirstAdminLinks(dataSource, accounts, wall), guards),
        new CaseWebRoutes(adminToken, access, accountRoutes, gateway, summaries, journal, letters, caseClock,
            new ParkedEvents(dataSource), new StatsWebRoutes(adminToken, pictures, chart, caseClock, blocking)),
        accountRoutes, new PersonalDataWebRoutes(adminToken, access, personalData),
        new ImportWebRoutes(adminToken, access, imports, blocking));
  }

  public Route route() {
    return concat(pages.route(), personalData.route(), imports.route(), cases.route(), accounts.operatorRoute());
  }
}
