package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a set of readings against their labels: per-intent precision, recall and F1,
 * macro-F1, the confusion matrix, reason and language accuracy, and how precision and the share of uncertain
 * answers move with the confidence threshold.
 */
public final class Scorecard {

  /** One reply's gold labels next to what the classifier said. */
  public record Outcome(Intent gold, Intent predicted, double confidence, DelayReason goldReason, DelayReason predictedReason,
                        Language goldLang, Language predictedLang) {}

  /** Per-intent figures. */
  public record IntentFigures(Intent intent, double precision, double recall, double f1, int support) {}

  /** At a threshold: the precision of the answers kept, and the share sent to "please rephrase". */
  public record ThresholdPoint(double threshold, double keptPrecision, double uncertainShare) {}

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
   * The lowest threshold at which the kept answers reach {@code targetPrecision} while at most
   * {@code maxUncertainShare} of the replies are sent back; failing that, the threshold that keeps
   * the uncertain share at its maximum.
   */
  public ThresholdPoint chooseThreshold(double targetPrecision, double maxUncertainShare) {
    List<ThresholdPoint> curve = thresholdCurve();
    ThresholdPoint lastAffordable = curve.get(0);
    for (ThresholdPoint point : curve) {
      if (point.uncertainShare() > maxUncertainShare) {
        break;
      }
      lastAffordable = point;
      if (point.keptPrecision() >= targetPrecision) {
        return point;
      }
    }
    return lastAffordable;
  }

  private double share(long count) {
    return outcomes.isEmpty() ? 0 : (double) count / outcomes.size();
  }
}
