package org.relance.stats;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.messages.MessageTemplates;
import org.relance.readside.CaseSummaries.IssuedInvoice;
import org.relance.readside.CaseSummaries.OpenInvoice;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The numbers of /stats and of the admin chart against invoices whose ageing and DSO were counted by hand. */
class MoneyPicturesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  /** 23 November 2026, 11:00 in Paris: the 90-day period runs from 26 August to 23 November. */
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static OpenInvoice open(String business, String amount, String due) {
    return new OpenInvoice(business, PARIS, "EUR", new BigDecimal(amount), LocalDate.parse(due));
  }

  private static IssuedInvoice issued(String business, String amount, String issued) {
    return new IssuedInvoice(business, PARIS, "EUR", new BigDecimal(amount), LocalDate.parse(issued));
  }

  /** Five open invoices, one per bucket, and six issued ones of which three fall in the period. */
  private static List<MoneyPicture> atelier() {
    return MoneyPictures.combine(List.of(
            open("b1", "1000.00", "2026-12-01"),   // not yet due
            open("b1", "500.00", "2026-11-13"),    // 10 days late
            open("b1", "300.00", "2026-09-24"),    // 60 days late
            open("b1", "200.00", "2026-08-25"),    // 90 days late
            open("b1", "100.00", "2026-08-24")),   // 91 days late
        List.of(
            issued("b1", "1000.00", "2026-11-01"),
            issued("b1", "600.00", "2026-10-14"),  // paid in part: the whole invoice is a sale
            issued("b1", "1900.00", "2026-08-26"), // paid, first day of the period
            issued("b1", "300.00", "2026-08-25"),  // the day before the period
            issued("b1", "400.00", "2026-11-24")), // dated tomorrow: not a sale yet
        NOW, 90);
  }

  @Test
  void theBucketsTheSalesOfThePeriodAndTheDsoAreCountedTheStandardWay() {
    List<MoneyPicture> pictures = atelier();
    assertEquals(1, pictures.size());
    MoneyPicture picture = pictures.get(0);
    assertEquals(List.of(new BigDecimal("1000.00"), new BigDecimal("500.00"), new BigDecimal("300.00"),
        new BigDecimal("200.00"), new BigDecimal("100.00")), picture.ageing().buckets());
    assertEquals(new BigDecimal("2100.00"), picture.receivables());
    assertEquals(LocalDate.parse("2026-11-23"), picture.day());
    assertEquals(LocalDate.parse("2026-08-26"), picture.periodStart());
    assertEquals(new BigDecimal("3500.00"), picture.sales(), "1000 + 600 + 1900");
    assertEquals(new BigDecimal("54.0"), picture.dso().orElseThrow(), "2100 / 3500 x 90");
  }

  @Test
  void theDayIsTheBusinesssOwnAndNothingSoldMeansNoDso() {
    Instant lateEvening = Instant.parse("2026-11-23T23:30:00Z"); // already the 24th in Paris
    List<MoneyPicture> pictures = MoneyPictures.combine(List.of(open("b1", "250.00", "2026-10-01")),
        List.of(issued("b1", "400.00", "2026-11-24")), lateEvening, 30);
    assertEquals(LocalDate.parse("2026-11-24"), pictures.get(0).day());
    assertEquals(new BigDecimal("400.00"), pictures.get(0).sales(), "the 24th is today in Paris");
    assertEquals(new BigDecimal("18.8"), pictures.get(0).dso().orElseThrow(), "250 / 400 x 30 = 18.75");

    MoneyPicture unsold = MoneyPictures.combine(List.of(open("b2", "80.00", "2026-01-10")), List.of(), NOW, 90).get(0);
    assertTrue(unsold.dso().isEmpty(), "no sales in the period: no ratio");
    assertEquals(new BigDecimal("80.00"), unsold.ageing().buckets().get(4));
  }

  @Test
  void aBusinessPaidUpButSellingHasADsoOfZeroAndEmptyBuckets() {
    MoneyPicture paidUp = MoneyPictures.combine(List.of(), List.of(issued("b3", "900.00", "2026-11-02")), NOW, 90).get(0);
    assertEquals(BigDecimal.ZERO, paidUp.receivables());
    assertEquals(0, paidUp.dso().orElseThrow().signum());
    assertEquals(5, paidUp.ageing().buckets().size());
  }

  @Test
  void theChartIsAPngAndTheCaptionSaysEveryNumberInTheOwnersFormat() throws Exception {
    StatsTexts texts = new StatsTexts(MessageTemplates.load());
    MoneyPicture picture = atelier().get(0);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(new StatsChart(texts).png(picture, Language.FR)));
    assertEquals(StatsChart.WIDTH, image.getWidth());
    assertEquals(StatsChart.HEIGHT, image.getHeight());

    String fr = texts.summary(picture, Language.FR);
    assertTrue(fr.contains("Pas encore échu : 1\u202f000,00\u00a0€"), fr);
    assertTrue(fr.contains("Plus de 90 jours : 100,00\u00a0€"), fr);
    assertTrue(fr.contains("Total dû : 2\u202f100,00\u00a0€"), fr);
    assertTrue(fr.contains("DSO : 54,0 jours"), fr);
    String en = texts.summary(picture, Language.EN);
    assertTrue(en.contains("1 to 30 days: €500.00"), en);
    assertTrue(en.contains("DSO: 54.0 days (receivables €2,100.00 ÷ sales of the last 90 days €3,500.00"), en);
  }
}
