import { expect } from '@open-wc/testing';
import { fetched } from '../../support/fetched.js';
import { mount, sample, shadow } from './helpers.js';

// Its own file, so its own page: nothing else has loaded the Markdown renderer before these tests.
const markdownRequests = (): string[] => fetched(/\/(marked|dompurify)\/|\/base\/markdown\./i);

describe('tk-invoice loads the Markdown renderer only for Markdown notes', () => {
  it('prints plain-text notes without fetching marked or DOMPurify', async () => {
    const el = await mount({ ...sample(), notes: '**Thanks** for your business.' });
    expect(shadow(el).querySelector('.notes-text')!.textContent).to.equal('**Thanks** for your business.');
    expect(markdownRequests()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('renders Markdown notes once the renderer has arrived, and updateComplete and print wait for it', async () => {
    const el = await mount({
      ...sample(),
      notesFormat: 'markdown',
      notes: '**Thanks** — pay to [our bank](https://bank.example) <script>window.__tkPwned=1</script>',
    });
    // `mount` awaited updateComplete: the sanitized Markdown is on the page already.
    const notes = shadow(el).querySelector('.notes-markdown')!;
    expect(notes.querySelector('strong')?.textContent).to.equal('Thanks');
    expect(notes.querySelector('a')?.getAttribute('href')).to.equal('https://bank.example/');
    expect(notes.querySelector('script')).to.equal(null);
    expect(notes.textContent).to.contain('<script>');
    expect(markdownRequests().length).to.be.greaterThan(0);
    const printed = new DOMParser().parseFromString(el.printableHtml(), 'text/html');
    expect(printed.querySelector('.notes-markdown strong')?.textContent).to.equal('Thanks');
    await expect(el).to.be.accessible();
  });

  it('a later invoice with Markdown notes renders them at once from the loaded renderer', async () => {
    const el = await mount(sample());
    el.invoice = { ...sample(), notesFormat: 'markdown', notes: '- one\n- two' };
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('.notes-markdown li')].map((li) => li.textContent)).to.deep.equal([
      'one',
      'two',
    ]);
  });
});
