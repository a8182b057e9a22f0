// Prints, after a run, the tests that came closest to their time limits, so a suite drifting towards flaky
// timeouts on a busy machine shows it before it fails.
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

const SHOWN = 5;

export default class TimeLimitsReporter implements Reporter {
  private readonly runs: { title: string; duration: number; timeout: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === "skipped" || !test.timeout) return;
    this.runs.push({ title: `${test.location.file.replace(/^.*\/e2e\//, "")} › ${test.title}`, duration: result.duration, timeout: test.timeout });
  }

  onEnd() {
    const closest = [...this.runs].sort((a, b) => b.duration / b.timeout - a.duration / a.timeout).slice(0, SHOWN);
    if (closest.length === 0) return;
    console.log("\nClosest to their time limits:");
    for (const { title, duration, timeout } of closest) {
      const share = Math.round((100 * duration) / timeout);
      console.log(`  ${String(share).padStart(3)}%  ${(duration / 1000).toFixed(1)} s of ${timeout / 1000} s  ${title}`);
    }
  }

  printsToStdio() {
    return false;
  }
}
