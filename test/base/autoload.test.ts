import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { LitElement, html, type TemplateResult } from 'lit';
import { startAutoloader, type Autoloader } from '../../src/base/autoload.js';

let counter = 0;
/** A tag name not registered yet, so every test starts from an undefined element. */
const freshTag = (name: string): string => `tk-${name}-${Date.now().toString(36)}-${++counter}`;

function defining(tag: string, calls: string[]): () => Promise<void> {
  return () => {
    calls.push(tag);
    customElements.define(
      tag,
      class extends LitElement {
        override render(): TemplateResult {
          return html`<span>${tag}</span>`;
        }
      },
    );
    return Promise.resolve();
  };
}

describe('startAutoloader', () => {
  let loader: Autoloader | undefined;
  let host: HTMLDivElement;
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
  });
  afterEach(() => {
    loader?.stop();
    host.remove();
    console.warn = warn;
    console.error = error;
    warnings.length = 0;
    errors.length = 0;
  });

  it('registers the tags already in the page, once, and leaves tags that are absent alone', async () => {
    const [present, absent] = [freshTag('present'), freshTag('absent')];
    const calls: string[] = [];
    host.innerHTML = `<${present}></${present}><section><${present}></${present}></section>`;
    loader = startAutoloader({ [present]: defining(present, calls), [absent]: defining(absent, calls) });
    await waitUntil(() => customElements.get(present), `${present} was not registered`);
    expect(calls).to.deep.equal([present]);
    expect(customElements.get(absent)).to.equal(undefined);
    await host.querySelector<LitElement>(present)!.updateComplete;
    expect(host.querySelector(present)!.shadowRoot!.textContent).to.equal(present);
  });

  it('registers a tag the first time one is added later, however deep', async () => {
    const later = freshTag('later');
    const calls: string[] = [];
    loader = startAutoloader({ [later]: defining(later, calls) });
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls).to.deep.equal([]);
    const wrapper = document.createElement('article');
    wrapper.innerHTML = `<p><${later}></${later}></p>`;
    host.append(wrapper);
    await waitUntil(() => customElements.get(later), 'an added element was not registered');
    host.append(document.createElement(later));
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls).to.deep.equal([later]);
  });

  it('a tag that fails to load is reported and tried again when another one appears', async () => {
    const flaky = freshTag('flaky');
    const calls: string[] = [];
    let fail = true;
    const define = defining(flaky, calls);
    loader = startAutoloader({ [flaky]: () => (fail ? Promise.reject(new TypeError('Failed to fetch')) : define()) });
    host.innerHTML = `<${flaky}></${flaky}>`;
    await waitUntil(() => errors.length === 1, 'the failure was not reported');
    expect(errors[0]).to.include(`<${flaky}> could not be loaded`);
    fail = false;
    host.append(document.createElement(flaky));
    await waitUntil(() => customElements.get(flaky), 'the tag was not tried again');
  });

  it('warns once about a tk-* tag it does not know (a typo), and ignores other tags', async () => {
    loader = startAutoloader({});
    host.innerHTML = '<tk-dashbord></tk-dashbord><tk-dashbord></tk-dashbord><my-widget></my-widget>';
    await waitUntil(() => warnings.length > 0, 'the unknown tag was not reported');
    host.append(document.createElement('tk-dashbord'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(warnings).to.deep.equal(['[tailorkit] <tk-dashbord> is not a Tailorkit element; check the spelling.']);
  });

  it('discover() reaches into a shadow root, which the document observer does not', async () => {
    const inner = freshTag('inner');
    const calls: string[] = [];
    loader = startAutoloader({ [inner]: defining(inner, calls) });
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<${inner}></${inner}>`;
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls).to.deep.equal([]);
    await loader.discover(shadow);
    expect(calls).to.deep.equal([inner]);
    await expect(host).to.be.accessible();
  });
});
