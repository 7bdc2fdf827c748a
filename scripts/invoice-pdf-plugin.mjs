// Test-runner command `tk-invoice-pdf`: prints an HTML document to PDF in the test's own Chromium
// (Playwright's page.pdf, the browser's print engine) and returns the text of each page, read
// with pdftotext from poppler-utils. Where pdftotext is missing the command says so, and the test
// skips with that reason (.ci/run installs poppler-utils).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function pdftotextMissing() {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  return probe.error ? 'pdftotext is not installed (Debian: apt-get install poppler-utils)' : undefined;
}

export function invoicePdfPlugin() {
  return {
    name: 'tk-invoice-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tk-invoice-pdf') return undefined;
      const missing = pdftotextMissing();
      if (missing) return { skipped: missing };
      if (session.browser.type !== 'playwright') return { skipped: 'printing to PDF needs the Playwright launcher' };
      const page = session.browser.getPage(session.id);
      const printPage = await page.context().newPage();
      const dir = mkdtempSync(join(tmpdir(), 'tk-invoice-pdf-'));
      try {
        await printPage.setContent(payload.html, { waitUntil: 'load' });
        const pdf = await printPage.pdf({ preferCSSPageSize: true, printBackground: true });
        const file = join(dir, 'invoice.pdf');
        writeFileSync(file, pdf);
        const text = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
        const pages = text.stdout.split('\f');
        if (pages.at(-1)?.trim() === '') pages.pop();
        const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
        const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info.stdout ?? '');
        return {
          pages,
          width: size ? Number(size[1]) : undefined,
          height: size ? Number(size[2]) : undefined,
          bytes: pdf.length,
        };
      } finally {
        await printPage.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
