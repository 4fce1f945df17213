package org.relance.backup;

import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.stream.javadsl.FileIO;
import org.relance.api.ApiSupport;
import org.relance.config.DatabaseConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code GET /api/backup} (admin bearer token): the embedded H2 database as a zip taken while the
 * service runs, streamed then deleted; on PostgreSQL a 409 that sends the operator to {@code pg_dump}.
 */
public final class BackupRoute extends ApiSupport {

  /** Why the service takes no backup of PostgreSQL itself. */
  static final String USE_PG_DUMP = "Relance runs on PostgreSQL here: back it up with PostgreSQL's own tools "
      + "(pg_dump -Fc, and continuous WAL archiving for point-in-time recovery); see \"Operating Relance\" in the README";

  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final H2Backup backup;
  private final DatabaseConfig.Kind kind;
  private final Clock clock;
  private final Duration answerWithin;

  /** {@code clock} names the file; {@code answerWithin} is how long taking the copy may last before it starts streaming. */
  public BackupRoute(String adminToken, H2Backup backup, DatabaseConfig.Kind kind, Clock clock, Duration answerWithin) {
    super(adminToken);
    this.backup = backup;
    this.kind = kind;
    this.clock = clock;
    this.answerWithin = answerWithin;
  }

  public Route route() {
    return path(PathMatchers.segment("api").slash("backup"), () -> get(() -> authenticated(() ->
        kind == DatabaseConfig.Kind.H2
            ? withRequestTimeout(answerWithin, () -> onSuccess(backup.take(), this::streamed))
            : complete(error(StatusCodes.CONFLICT, null, USE_PG_DUMP)))));
  }

  private Route streamed(Path zip) {
    long size;
    try {
      size = Files.size(zip);
    } catch (IOException e) {
      H2Backup.delete(zip);
      throw new UncheckedIOException(e);
    }
    var bytes = FileIO.fromPath(zip).watchTermination((read, done) -> {
      done.whenComplete((finished, failure) -> H2Backup.delete(zip));
      return read;
    });
    String name = "relance-backup-" + FILE_TIME.format(clock.instant()) + ".zip";
    return complete(HttpResponse.create()
        .withEntity(HttpEntities.create(MediaTypes.APPLICATION_ZIP.toContentType(), size, bytes))
        .addHeader(RawHeader.create("Content-Disposition", "attachment; filename=\"" + name + "\"")));
  }
}
