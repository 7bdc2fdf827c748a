import { expect } from '@open-wc/testing';
describe('smoke', () => {
  it('runs in Chromium', () => {
    expect(navigator.userAgent).to.contain('Chrome');
  });
});
