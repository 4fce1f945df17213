package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a set of readings against their labels: per-intent precision, recall and F1,
 * macro-F1, the confusion matrix, reason accuracy and false-reason rate, language accuracy, how
 * precision and the share of uncertain answers move with the confidence threshold, and the
 * reliability diagram (is a reading given with confidence 0.8 right 80 % of the time?).
 */
public final class Scorecard {

  /** One reply's gold labels next to what the classifier said. */
  public record Outcome(Intent gold, Intent predicted, double confidence, DelayReason goldReason, DelayReason predictedReason,
                        Language goldLang, Language predictedLang) {}

  /** Per-intent figures. */
  public record IntentFigures(Intent intent, double precision, double recall, double f1, int support) {}

  /** At a threshold: the precision of the answers kept, and the share sent to "please rephrase". */
  public record ThresholdPoint(double threshold, double keptPrecision, double uncertainShare) {}

  /** One bin of the reliability diagram: the readings with confidence in [from, to), their mean confidence and accuracy. */
  public record ReliabilityBin(double from, double to, int count, double meanConfidence, double accuracy) {}

  private final List<Outcome> outcomes;
  private final int[][] confusion = new int[Intent.values().length][Intent.values().length];

  public Scorecard(List<Outcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
    for (Outcome o : outcomes) {
      confusion[o.gold().ordinal()][o.predicted().ordinal()]++;
    }
  }

  public int size() {
    return outcomes.size();
  }

  /** {@code confusion()[gold][predicted]}, intents by ordinal. */
  public int[][] confusion() {
    return confusion;
  }

  public List<IntentFigures> perIntent() {
    List<IntentFigures> figures = new ArrayList<>();
    for (Intent intent : Intent.values()) {
      int i = intent.ordinal();
      int truePositives = confusion[i][i];
      int predicted = 0;
      int actual = 0;
      for (int j = 0; j < confusion.length; j++) {
        predicted += confusion[j][i];
        actual += confusion[i][j];
      }
      double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
      double recall = actual == 0 ? 0 : (double) truePositives / actual;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      figures.add(new IntentFigures(intent, precision, recall, f1, actual));
    }
    return figures;
  }

  /** Mean F1 over the intents present in the gold labels. */
  public double macroF1() {
    return perIntent().stream().filter(f -> f.support() > 0).mapToDouble(IntentFigures::f1).average().orElse(0);
  }

  public double accuracy() {
    return share(outcomes.stream().filter(o -> o.gold() == o.predicted()).count());
  }

  public double reasonAccuracy() {
    return share(outcomes.stream().filter(o -> Objects.equals(o.goldReason(), o.predictedReason())).count());
  }

  /**
   * The share of readings that give a reason the label does not: a reason where the label has
   * none, or another reason than the label's. A reading that gives no reason is never counted.
   */
  public double falseReasonRate() {
    return share(outcomes.stream()
        .filter(o -> o.predictedReason() != null && !Objects.equals(o.goldReason(), o.predictedReason())).count());
  }

  /** The readings of the replies labelled in {@code lang}. */
  public Scorecard only(Language lang) {
    return new Scorecard(outcomes.stream().filter(o -> o.goldLang() == lang).toList());
  }

  /** These readings and {@code other}'s together. */
  public Scorecard plus(Scorecard other) {
    List<Outcome> all = new ArrayList<>(outcomes);
    all.addAll(other.outcomes);
    return new Scorecard(all);
  }

  /** The reliability diagram in {@code bins} equal bins of confidence; empty bins included. */
  public List<ReliabilityBin> reliability(int bins) {
    int[] count = new int[bins];
    double[] confidence = new double[bins];
    int[] right = new int[bins];
    for (Outcome o : outcomes) {
      int bin = Math.min(bins - 1, (int) (o.confidence() * bins));
      count[bin]++;
      confidence[bin] += o.confidence();
      right[bin] += o.gold() == o.predicted() ? 1 : 0;
    }
    List<ReliabilityBin> diagram = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      diagram.add(new ReliabilityBin((double) b / bins, (double) (b + 1) / bins, count[b],
          count[b] == 0 ? 0 : confidence[b] / count[b], count[b] == 0 ? 0 : (double) right[b] / count[b]));
    }
    return diagram;
  }

  /** The expected calibration error: the gap between confidence and accuracy, bin by bin, weighted by the bin's readings. */
  public double expectedCalibrationError(int bins) {
    double gap = 0;
    for (ReliabilityBin bin : reliability(bins)) {
      gap += bin.count() * Math.abs(bin.meanConfidence() - bin.accuracy());
    }
    return outcomes.isEmpty() ? 0 : gap / outcomes.size();
  }

  public double languageAccuracy() {
    return share(outcomes.stream().filter(o -> o.goldLang() == o.predictedLang()).count());
  }

  /** Precision of the kept answers and uncertain share for thresholds 0.00 to 0.99. */
  public List<ThresholdPoint> thresholdCurve() {
    List<ThresholdPoint> points = new ArrayList<>();
    for (int step = 0; step < 100; step++) {
      double threshold = step / 100.0;
      long kept = 0;
      long keptRight = 0;
      for (Outcome o : outcomes) {
        if (o.confidence() >= threshold) {
          kept++;
          keptRight += o.gold() == o.predicted() ? 1 : 0;
        }
      }
      points.add(new ThresholdPoint(threshold, kept == 0 ? 1 : (double) keptRight / kept, share(outcomes.size() - kept)));
    }
    return points;
  }

  /**
   * The threshold read off the reliability diagram: the lowest confidence (in steps of 0.01) from
   * which up, every window of {@code window} holding at least {@code minReadings} readings is right
   * at least {@code marginalAccuracy} of the time. Under it, a reading is too often wrong to act on
   * without asking; above it, asking would mostly question right readings. The point returned
   * carries the kept precision and uncertain share at that threshold.
   */
  public ThresholdPoint chooseThreshold(double marginalAccuracy, double window, int minReadings) {
    List<ThresholdPoint> curve = thresholdCurve();
    int chosen = 0;
    for (int step = curve.size() - 1; step >= 0; step--) {
      double from = step / 100.0;
      double to = from + window;
      long inWindow = 0;
      long right = 0;
      for (Outcome o : outcomes) {
        if (o.confidence() >= from && o.confidence() < to) {
          inWindow++;
          right += o.gold() == o.predicted() ? 1 : 0;
        }
      }
      if (inWindow >= minReadings && (double) right / inWindow < marginalAccuracy) {
        chosen = Math.min(step + 1, curve.size() - 1);
        break;
      }
    }
    return curve.get(chosen);
  }

  private double share(long count) {
    return outcomes.isEmpty() ? 0 : (double) count / outcomes.size();
  }
}
