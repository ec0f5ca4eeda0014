/**
 * CPU milliseconds (user + system) this process has spent since `since`
 * (a `process.cpuUsage()` snapshot). Tests that guard against a hang or a
 * quadratic blow-up compare this, not wall-clock time: on a loaded machine a
 * process waits for a core far longer than it computes, and the limit is
 * about the work, not the wait.
 */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
