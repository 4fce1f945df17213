package org.relance.api;

import org.apache.pekko.http.javadsl.server.Route;
import org.relance.debtorcase.CaseJournal;
import org.relance.gateway.CaseGateway;
import org.relance.business.TermsRefresh;
import org.relance.invitations.Invitations;
import org.relance.letters.CaseLetters;
import org.relance.readside.CaseSummaries;
import org.relance.scheduling.TimeKeeper;

import java.time.Duration;
import java.util.concurrent.Executor;

/** The JSON API under {@code /api}, all behind the admin bearer token. */
public final class ApiRoutes extends ApiSupport {

  private final CaseRoutes cases;
  private final BusinessRoutes businesses;
  private final ClockRoutes clock;
  private final PersonalDataRoutes personalData;

  public ApiRoutes(String adminToken, CaseGateway gateway, CaseSummaries summaries, CaseJournal journal,
                   CaseLetters letters, TimeKeeper time, Executor blocking, Invitations invitations,
                   Duration clockAnswerWithin, TermsRefresh terms, org.relance.privacy.PersonalData personalData) {
    super(adminToken);
    this.cases = new CaseRoutes(adminToken, gateway, summaries, journal,
        time.clock(), blocking, new DocumentRoutes(adminToken, letters,
        new org.relance.payment.CasePayments(gateway), time.clock()), invitations);
    this.businesses = new BusinessRoutes(adminToken, gateway, terms, blocking, invitations);
    this.clock = new ClockRoutes(adminToken, time, clockAnswerWithin);
    this.personalData = new PersonalDataRoutes(adminToken, personalData);
  }

  public Route route() {
    return pathPrefix("api", () -> authenticated(() -> concat(personalData.route(), cases.route(), businesses.route(), clock.route())));
  }
}
