package org.relance.stats;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.relance.common.Language;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Currency;

/**
 * Draws a {@link MoneyPicture} as a PNG bar chart with JFreeChart: one bar per ageing bucket, the
 * amounts in the reader's format, and the DSO under the title. Headless ({@code java.awt.headless}
 * is set before AWT loads), in DejaVu Sans read from the classpath so French amounts (narrow
 * no-break spaces) draw on a machine without fonts. Blocking CPU work: call it off the actor threads.
 */
public final class StatsChart {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** The image's size in pixels: readable on a phone, light to send. */
  static final int WIDTH = 900;
  static final int HEIGHT = 560;
  private static final Font REGULAR = font("DejaVuSans.ttf");
  private static final Font BOLD = font("DejaVuSans-Bold.ttf");
  private static final Color[] BUCKET_COLOURS = {new Color(0x4c9a5f), new Color(0xe0b040), new Color(0xe08a30),
      new Color(0xd0602a), new Color(0xb03030)};

  private final StatsTexts texts;

  public StatsChart(StatsTexts texts) {
    this.texts = texts;
  }

  public byte[] png(MoneyPicture picture, Language language) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < Ageing.BUCKETS.size(); i++) {
      data.addValue(picture.ageing().buckets().get(i), picture.currency(), texts.bucket(i, language));
    }
    JFreeChart chart = ChartFactory.createBarChart(texts.title(picture, language), null,
        texts.amountAxis(picture, language), data, PlotOrientation.VERTICAL, false, false, false);
    chart.getTitle().setFont(BOLD.deriveFont(22f));
    chart.addSubtitle(new TextTitle(texts.dso(picture, language), REGULAR.deriveFont(15f)));
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setTickLabelFont(REGULAR.deriveFont(14f));
    NumberFormat money = NumberFormat.getCurrencyInstance(language.locale());
    money.setCurrency(Currency.getInstance(picture.currency()));
    NumberAxis amounts = (NumberAxis) plot.getRangeAxis();
    amounts.setNumberFormatOverride(money);
    amounts.setTickLabelFont(REGULAR.deriveFont(12f));
    amounts.setLabelFont(REGULAR.deriveFont(13f));
    amounts.setUpperMargin(0.15);
    BarRenderer bars = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return BUCKET_COLOURS[column % BUCKET_COLOURS.length];
      }
    };
    bars.setShadowVisible(false);
    bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", money));
    bars.setDefaultItemLabelFont(BOLD.deriveFont(14f));
    bars.setDefaultItemLabelsVisible(true);
    plot.setRenderer(bars);
    try {
      return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
    } catch (IOException e) {
      throw new UncheckedIOException("The chart could not be encoded as PNG", e);
    }
  }

  private static Font font(String file) {
    String path = "net/sf/jasperreports/fonts/dejavu/" + file;
    try (InputStream in = StatsChart.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Font " + path + " is missing (dependency net.sf.jasperreports:jasperreports-fonts)");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("Font " + path + " cannot be read", e);
    }
  }
}
