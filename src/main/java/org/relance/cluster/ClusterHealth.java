package org.relance.cluster;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.ClusterEvent.CurrentClusterState;
import org.apache.pekko.cluster.Member;
import org.apache.pekko.cluster.MemberStatus;
import org.apache.pekko.cluster.typed.Cluster;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What this node knows of the cluster, for {@code /health}, in counts only (the health answer is
 * public, so no address): its own status, the members by status, how many it cannot reach. A node
 * is ready only once it is {@code Up}: before that (joining) or after (leaving, downed) it hosts no
 * cases.
 */
public final class ClusterHealth {

  private final Cluster cluster;

  public ClusterHealth(ActorSystem<?> system) {
    this.cluster = Cluster.get(system);
  }

  /** True when this node is an {@code Up} member and so can host and reach cases. */
  public boolean ready() {
    return cluster.selfMember().status() == MemberStatus.up();
  }

  /** The report: {@code self} (this node's status), {@code members} (count per status), {@code unreachable}. */
  public Map<String, Object> report() {
    CurrentClusterState state = cluster.state();
    Map<String, Integer> members = new TreeMap<>();
    state.getMembers().forEach(member -> members.merge(status(member), 1, Integer::sum));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("self", status(cluster.selfMember()));
    report.put("members", members);
    report.put("unreachable", state.getUnreachable().size());
    return report;
  }

  private static String status(Member member) {
    return member.status().toString().toLowerCase(Locale.ROOT);
  }
}
