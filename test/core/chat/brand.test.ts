import { expect } from '@open-wc/testing';
import { fontFamily, cssLength, resolveBrand } from '../../../src/core/chat/index.js';

describe('chat brand validation', () => {
  it('accepts family names and quotes them; refuses anything that is CSS or a URL', () => {
    expect(fontFamily('Inter, "Helvetica Neue", sans-serif')).to.equal('"Inter", "Helvetica Neue", sans-serif');
    expect(fontFamily('Noto Sans Hebrew')).to.equal('"Noto Sans Hebrew"');
    for (const hostile of [
      'x; background: url(https://evil.example/steal)',
      'Inter}body{display:none',
      "url('https://evil.example/font.woff')",
      '@import url(//evil.example)',
      'Inter\\3b color:red',
      '"Inter; }"',
      '"a" b',
      'expression(alert(1))',
      'var(--x)',
      '',
      'a'.repeat(300),
    ]) {
      expect(fontFamily(hostile), hostile).to.equal(undefined);
    }
  });

  it('accepts lengths for the radius and nothing else', () => {
    expect(cssLength(12)).to.equal('12px');
    expect(cssLength('0.75rem')).to.equal('0.75rem');
    expect(cssLength(-1)).to.equal(undefined);
    expect(cssLength('12px; color: red')).to.equal(undefined);
    expect(cssLength('calc(1px + 1px)')).to.equal(undefined);
  });

  it('turns a brand into custom properties, with a warning for each field it had to drop', () => {
    const { properties, warnings } = resolveBrand({
      color: '#6d28d9',
      textColor: '#7c3aed',
      radius: '1e9px',
      font: 'Inter; color: red',
      background: 'not-a-colour',
    });
    expect(properties['--tk-chat-brand']).to.equal('#6d28d9');
    expect(properties['--tk-chat-on-brand']).to.match(/^#[0-9a-f]{6}$/);
    expect(properties).to.not.have.keys('--tk-chat-font', '--tk-chat-radius', '--tk-chat-background');
    expect(warnings).to.have.length(4);
    expect(resolveBrand('red').warnings).to.have.length(1);
    expect(resolveBrand(undefined)).to.deep.equal({ properties: {}, warnings: [] });
  });
});
