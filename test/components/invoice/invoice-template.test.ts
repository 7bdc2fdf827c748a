import { expect } from '@open-wc/testing';
import { figure, mount, sample, shadow } from './helpers.js';
import { dangerousLinks, hostileStrings, pwned, resetPwned } from '../../support/hostile-strings.js';

const sectionsOf = (root: ShadowRoot): string[] =>
  [...root.querySelector('[part="base"]')!.children].map((child) => child.getAttribute('part') ?? child.className);
const headers = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('.lines thead th')].map((th) => th.textContent?.trim() ?? '');

describe('tk-invoice templates', () => {
  it('three built-in layouts look clearly different', async () => {
    const brand = { primary: '#0f766e' };
    const classic = await mount(sample(), { template: 'classic', brand });
    const modern = await mount(sample(), { template: 'modern', brand });
    const compact = await mount(sample(), { template: 'compact', brand });
    const header = (el: typeof classic) => getComputedStyle(shadow(el).querySelector('.header')!);
    const paper = (el: typeof classic) => getComputedStyle(shadow(el).querySelector('.paper')!);
    // Classic: a centred letterhead in a serif face.
    expect(header(classic).textAlign).to.equal('center');
    expect(paper(classic).fontFamily).to.contain('Georgia');
    // Modern: the brand colour as a band across the top.
    expect(header(modern).backgroundColor).to.equal('rgb(15, 118, 110)');
    expect(header(classic).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // Compact: smaller type and fewer columns.
    expect(parseFloat(paper(compact).fontSize)).to.be.lessThan(parseFloat(paper(modern).fontSize));
    expect(headers(shadow(compact))).to.deep.equal(['Description', 'Qty', 'Amount']);
    expect(classic.getAttribute('layout')).to.equal('classic');
    expect(modern.getAttribute('layout')).to.equal('modern');
    // The attribute works too, for plain HTML.
    compact.setAttribute('template', 'modern');
    await compact.updateComplete;
    expect(compact.getAttribute('layout')).to.equal('modern');
    compact.layout = 'classic';
    await compact.updateComplete;
    expect(compact.getAttribute('layout')).to.equal('modern');
    compact.setAttribute('template', 'compact');
    await compact.updateComplete;
    for (const el of [classic, modern, compact]) await expect(el).to.be.accessible();
  });

  it('sections and columns show in the template order; lines and totals cannot be hidden', async () => {
    const el = await mount(sample(), {
      template: {
        layout: 'classic',
        sections: ['meta', 'header', 'nonsense' as never, 'meta'],
        columns: ['amount', 'quantity', 'description'],
      },
    });
    expect(sectionsOf(shadow(el))).to.deep.equal(['meta', 'header', 'lines-section', 'totals']);
    expect(headers(shadow(el))).to.deep.equal(['Amount', 'Qty', 'Description']);
    const firstRow = [...shadow(el).querySelectorAll('.lines tbody tr:first-child td')].map((td) =>
      td.textContent?.trim(),
    );
    expect(firstRow).to.deep.equal(['€53.97', '3', 'Design work']);
  });

  it('labels from the template win over strings', async () => {
    const el = await mount(sample(), {
      template: { labels: { billTo: 'Customer', total: 'Amount due', description: 'Item' } },
    });
    el.strings = { total: 'Grand total', from: 'Seller' };
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('[part="buyer"] h2')?.textContent).to.equal('Customer');
    expect(root.querySelector('[part="seller"] h2')?.textContent).to.equal('Seller');
    expect(root.querySelector('[data-figure="total"] th')?.textContent?.trim()).to.equal('Amount due');
    expect(headers(root)[0]).to.equal('Item');
  });

  it('custom fields go to the section the template or the field names, and reach the page when it is hidden', async () => {
    const invoice = sample();
    invoice.customFields = [
      { id: 'po', label: 'PO number', value: 'PO-77' },
      { id: 'iban', label: 'IBAN', value: 'IE29 AIBK 9311 5212 3456 78', section: 'footer' },
      { id: 'project', label: 'Project', value: 'Website' },
    ];
    const el = await mount(invoice, { template: { layout: 'modern', fieldSections: { project: 'header' } } });
    const where = (id: string) =>
      shadow(el).querySelector(`[data-field-id="${id}"]`)?.closest('[part]')?.getAttribute('part');
    expect(where('po')).to.equal('meta');
    expect(where('iban')).to.equal('footer');
    expect(where('project')).to.equal('header');

    el.template = { layout: 'compact', fieldSections: { project: 'header' } }; // compact shows no meta and no footer
    await el.updateComplete;
    expect(where('project')).to.equal('header');
    expect(where('po')).to.equal('fields');
    expect(where('iban')).to.equal('fields');
    expect(shadow(el).querySelector('[part="fields"]')?.textContent).to.contain('IE29 AIBK 9311 5212 3456 78');
    await expect(el).to.be.accessible();
  });

  it('brand: colours, font and logo; unreadable or unsafe values are left out', async () => {
    const el = await mount(sample(), {
      template: 'modern',
      brand: { primary: '#fde047', font: 'Courier New, monospace', logo: 'https://example.com/logo.png' },
    });
    const header = shadow(el).querySelector('.header')!;
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(253, 224, 71)');
    // A light brand colour gets dark text, so the title stays readable.
    expect(getComputedStyle(shadow(el).querySelector('.title')!).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(shadow(el).querySelector('.paper')!).fontFamily).to.contain('Courier New');
    expect(shadow(el).querySelector('img[part="logo"]')?.getAttribute('src')).to.equal('https://example.com/logo.png');

    el.brand = {
      primary: 'url(javascript:alert(1))',
      font: 'x; background: url(https://evil.example)',
      logo: 'javascript:alert(1)',
    };
    await el.updateComplete;
    expect(shadow(el).querySelector('img') !== null).to.equal(false);
    expect(shadow(el).querySelector('.paper')!.getAttribute('style') ?? '').to.not.contain('evil');
    expect(shadow(el).querySelector('.paper')!.getAttribute('style') ?? '').to.not.contain('javascript');
  });

  it('logos: http(s) and data:image, SVG only as an <img>', async () => {
    const svg =
      'data:image/svg+xml;base64,' +
      btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    for (const [logo, shown] of [
      ['http://example.com/a.png', true],
      [svg, true],
      ['data:image/png;base64,iVBORw0KGgo=', true],
      ['data:text/html,<script>alert(1)</script>', false],
      ['javascript:alert(1)', false],
      ['JaVaScRiPt:alert(1)', false],
      ['vbscript:x', false],
      ['ftp://example.com/a.png', false],
      ['file:///etc/passwd', false],
    ] as const) {
      const el = await mount(sample(), { brand: { logo } });
      const img = shadow(el).querySelector('img');
      expect(img !== null, logo).to.equal(shown);
      if (img) expect(img.tagName).to.equal('IMG');
      expect(shadow(el).querySelector('svg, script, object, embed, iframe') !== null).to.equal(false);
    }
  });

  it('the header names the business once in every template, whether a logo stands for the name or not', async () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    // What a reader sees or hears of the header: its text, and the text alternative of its images.
    const times = (el: Awaited<ReturnType<typeof mount>>, name: string): number => {
      const header = shadow(el).querySelector('[part="header"]')!;
      const said = [header.textContent ?? '', ...[...header.querySelectorAll('img')].map((img) => img.alt)].join(' ');
      return said.split(name).length - 1;
    };
    for (const template of ['classic', 'modern', 'compact'] as const) {
      const withLogo = await mount(sample(), { template, brand: { logo } });
      expect(times(withLogo, 'Gridle Ltd'), `${template} with a logo`).to.equal(1);
      expect(shadow(withLogo).querySelector('[part="logo"]')!.getAttribute('alt')).to.equal('Gridle Ltd');
      const withoutLogo = await mount(sample(), { template });
      expect(times(withoutLogo, 'Gridle Ltd'), `${template} without a logo`).to.equal(1);
      expect(shadow(withoutLogo).querySelector('.seller-name')?.textContent).to.equal('Gridle Ltd');
      // The name still reads in full where the seller is written out.
      expect(shadow(withLogo).querySelector('[part="seller"] .party-name')?.textContent).to.equal('Gridle Ltd');
      await expect(withLogo).to.be.accessible();
    }
  });

  it('every string of the hostile corpus renders as text, in every place an invoice prints one', async function () {
    this.timeout(60_000);
    resetPwned();
    const el = await mount(sample());
    const visible = hostileStrings.filter((s) => s.trim() !== '' && !s.includes('\u0000') && s.length < 1000);
    for (let i = 0; i < hostileStrings.length; i += 7) {
      const h = (k: number) => hostileStrings[(i + k) % hostileStrings.length];
      const invoice = sample();
      invoice.seller = { name: h(0), address: h(1), email: h(2), phone: h(3), taxId: h(4) };
      invoice.buyer = { name: h(5), address: h(6) };
      invoice.lines = invoice.lines.map((line, k) => ({ ...line, description: h(k + 1) }));
      invoice.number = h(2);
      invoice.notes = h(0);
      invoice.notesFormat = i % 2 ? 'markdown' : 'text';
      invoice.taxes = [{ id: 'vat', rate: '19', label: h(3) }];
      invoice.customFields = [0, 1, 2, 3].map((k) => ({ id: `f${k}`, label: h(k + 4), value: h(k) }));
      el.invoice = invoice;
      el.template = { layout: 'modern', labels: { total: h(1), billTo: h(0) } };
      el.brand = { logo: h(6) };
      await el.updateComplete;
      const root = shadow(el);
      expect(dangerousLinks(root)).to.deep.equal([]);
      expect(
        root.querySelectorAll('script, iframe, object, embed, form, style:not(:first-child), svg, base, input').length,
      ).to.equal(0);
      const handlers = [...root.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes].filter((a) => a.name.startsWith('on')),
      );
      expect(handlers.length).to.equal(0);
      // Text places keep the string as it is.
      const text = root.textContent ?? '';
      for (const k of [0, 5]) if (visible.includes(h(k))) expect(text).to.contain(h(k));
      expect(figure(el, 'total')).to.equal('€1,533.28');
    }
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
