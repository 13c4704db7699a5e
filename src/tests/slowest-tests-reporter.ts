/**
 * Prints the slowest tests after every run, each with its share of its timeout, so that a test
 * creeping towards its limit is seen long before it fails on a slower machine.
 */
import type { Reporter, TestCase, TestModule } from 'vitest/node';

const SHOWN = 10;

export default class SlowestTestsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timings: { name: string; duration: number; timeout: number }[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) timings.push(timing(test));
    }
    timings.sort((a, b) => b.duration - a.duration);
    const lines = timings
      .slice(0, SHOWN)
      .map(
        (t) =>
          `  ${(t.duration / 1000).toFixed(1).padStart(6)} s  ${String(Math.round((100 * t.duration) / t.timeout)).padStart(3)}% of ${t.timeout / 1000} s  ${t.name}`,
      );
    console.log(`\nSlowest tests (duration, share of the test's timeout):\n${lines.join('\n')}\n`);
  }
}

function timing(test: TestCase): { name: string; duration: number; timeout: number } {
  const timeout = test.options.timeout ?? test.project.config.testTimeout;
  return {
    name: `[${test.project.name}] ${test.module.moduleId.replace(process.cwd() + '/', '')} › ${test.fullName}`,
    duration: test.diagnostic()?.duration ?? 0,
    timeout,
  };
}
