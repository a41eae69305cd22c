/** The scheduling rule, stated where the numbers are shown (README, "The roadmap", says the same). */
export function RoadmapRule() {
  return (
    <div className="space-y-2 text-xs leading-relaxed text-slate-600" data-testid="roadmap-rule">
      <p>
        <strong>How this is computed.</strong> Working days are Monday to Friday; a person works the plan&apos;s hours
        per week (or their own). Done tasks sit where they were marked done; a phase the plan says is complete (or whose
        tasks are all done) sits in the past, in its own window if it has one. Remaining work starts today (or at the
        start date, if later); a started task starts today, has the unticked share of its checklist left and comes first
        for its owner.
      </p>
      <p>
        Tasks are placed one at a time by priority (P0 first; none counts as P2; started before unstarted; then plan
        order) at the earliest moment their dependencies have ended and their owner is free: one task at a time per
        owner; tasks without owner go to the plan&apos;s unnamed people (as many as its named owners, unless Settings
        say otherwise). A phase the plan dates (Week 1, Weeks 2-3, Days 1-4, Q2 2026, September 2025, Oct–Dec 2025)
        keeps its window: its tasks start no earlier; a task ending after it is flagged, and a window that has passed
        with work left is slipping. An undated phase follows the one before it, except for tasks whose own dependencies
        let them start sooner. A dependency on an open decision holds the task until the decision&apos;s due date.
        Cycles are reported and broken; unestimated tasks take the plan&apos;s median estimate.
      </p>
      <p>
        The forecast is 2,000 seeded Monte Carlo runs, each drawing every estimate from a triangular distribution: a
        range between its minimum and maximum (mode in the middle); a single number from 0.8× to 2× of it, most likely
        the number itself, or, once the plan has 8 finished tasks with a recorded start, the triangle with the same
        10th, 50th and 90th percentiles (and mean) as their time from start to done against their estimates. Each
        person&apos;s order of work is kept. P50 and P85 are the finish dates half and 85% of the runs meet; criticality
        is the share of runs in which a task has zero float. Bars and the critical path (red) are the P50 run&apos;s;
        grey ghost bars are last week&apos;s forecast.
      </p>
    </div>
  );
}
