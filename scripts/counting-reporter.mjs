// Counts passed and failed tests across all sessions and hands the totals to scripts/test.mjs,
// which prints them as the plain last line `N passed, N failed` that CI reads, with the names of the
// failed tests just above it (a CI log is often read from its end).
import { writeFileSync } from 'node:fs';

function count(suite, totals, file, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const message = String(test.error?.message ?? '')
        .split('\n')[0]
        .slice(0, 300);
      totals.failures.push(`${file}: ${[...path, test.name].join(' > ')}${message ? ` (${message})` : ''}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, file, [...path, child.name]);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0, failures: [] };
      for (const session of sessions) {
        const file = session.testFile.replace(process.cwd() + '/', '');
        count(session.testResults, totals, file);
        // A file that failed to load or threw outside a test has no test results but is a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.brokenFiles += 1;
          const message = String(session.errors[0]?.message ?? '')
            .split('\n')[0]
            .slice(0, 300);
          totals.failures.push(`${file}: the file did not run (${message})`);
        }
      }
      const out = process.env.TK_TEST_TOTALS;
      if (out) writeFileSync(out, JSON.stringify(totals));
    },
  };
}
