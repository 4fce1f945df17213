package org.relance.payment;

import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.gateway.CaseGateway;
import org.relance.telegram.DocumentSource;
import org.relance.telegram.OutgoingMessage;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A case's payment details as it stands now, asked through the {@link CaseGateway} (the case, then
 * its business's profile), and its EPC QR code as a PNG: for the API
 * ({@code GET /api/cases/{id}/payment-qr.png}), and for the Telegram sender, which reads the QR code
 * of a reminder by reference ({@code payqr:<case id>}) when it sends the photo.
 */
public final class CasePayments {

  private static final String REFERENCE = "payqr:";

  private final CaseGateway cases;

  public CasePayments(CaseGateway cases) {
    this.cases = cases;
  }

  /** The case's payment details, or empty when there is no such case. */
  public CompletionStage<Optional<PaymentDetails>> forCase(String caseId) {
    return cases.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted)) {
        return CompletableFuture.completedFuture(Optional.<PaymentDetails>empty());
      }
      return cases.profile(accepted.view().businessId())
          .thenApply(profile -> profile.map(p -> PaymentDetails.forCase(accepted.view(), p)));
    });
  }

  /** The case's QR code, or empty when there is no such case (a refused code comes as {@link EpcQr.Refused}). */
  public CompletionStage<Optional<EpcQr.Code>> qr(String caseId) {
    return forCase(caseId).thenApply(details -> details.map(PaymentDetails::qr));
  }

  /** The picture of the case's QR code, for the Telegram sender (read when it is sent). */
  public static OutgoingMessage.Document qrFile(String caseId) {
    return new OutgoingMessage.Document(REFERENCE + caseId, "payment-qr.png");
  }

  /** Where the sender reads a QR code: drawn from the case as it stands, waiting at most {@code timeout}. */
  public DocumentSource documents(Duration timeout) {
    return reference -> {
      if (!reference.startsWith(REFERENCE)) {
        return Optional.empty();
      }
      try {
        return qr(reference.substring(REFERENCE.length())).toCompletableFuture()
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .filter(EpcQr.Ready.class::isInstance).map(code -> ((EpcQr.Ready) code).png());
      } catch (ExecutionException | TimeoutException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    };
  }
}
