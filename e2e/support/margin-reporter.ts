// Prints how close the run came to its limits: the slowest tests as a share of their own timeout, so a journey
// creeping towards its limit is seen in CI's log long before it fails on a busy machine.
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/** Above this share of its timeout a passing test is named as a warning. */
const WARN_SHARE = 0.6;
const SHOWN = 8;

type Timing = { title: string; duration: number; timeout: number };

export default class MarginReporter implements Reporter {
  private timings: Timing[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === "skipped") return;
    // test.timeout is the limit in force for this test, including test.slow()'s tripling.
    this.timings.push({
      title: test.titlePath().filter(Boolean).join(" › "),
      duration: result.duration,
      timeout: test.timeout,
    });
  }

  onEnd(result: FullResult): void {
    if (this.timings.length === 0) return;
    const byShare = [...this.timings].sort((a, b) => b.duration / b.timeout - a.duration / a.timeout);
    const share = (timing: Timing) => timing.duration / timing.timeout;
    const line = (timing: Timing) =>
      `  ${(share(timing) * 100).toFixed(0).padStart(3)}%  ${(timing.duration / 1000).toFixed(1).padStart(5)} s of ` +
      `${(timing.timeout / 1000).toFixed(0)} s  ${timing.title}`;
    const warned = byShare.filter((timing) => share(timing) > WARN_SHARE);
    console.log(`\nMargins (${result.status}): the ${Math.min(SHOWN, byShare.length)} tests closest to their timeout`);
    for (const timing of byShare.slice(0, SHOWN)) console.log(line(timing));
    console.log(
      warned.length === 0
        ? `  every test used at most ${Math.round(WARN_SHARE * 100)}% of its timeout`
        : `  WARNING: ${warned.length} test(s) used more than ${Math.round(WARN_SHARE * 100)}% of their timeout`,
    );
  }
}
