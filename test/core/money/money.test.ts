import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  currencyDigits,
  formatMinor,
  formatMoney,
  parseDecimal,
  parseMoney,
  roundDecimal,
  roundDiv,
  ROUNDING_MODES,
} from '../../../src/core/money/index.js';

describe('currencyDigits', () => {
  it('comes from the bundled ISO 4217 table, not Intl', () => {
    expect(currencyDigits('EUR')).to.equal(2);
    expect(currencyDigits('JPY')).to.equal(0);
    expect(currencyDigits('KWD')).to.equal(3);
    expect(currencyDigits('ISK')).to.equal(0);
    expect(currencyDigits('CLF')).to.equal(4);
    expect(currencyDigits('HUF')).to.equal(2);
    expect(currencyDigits('eur')).to.equal(undefined);
    expect(currencyDigits('XYZ')).to.equal(undefined);
  });
});

describe('rounding modes', () => {
  it('−2.5 is −3 under half-up and −2 under half-even; 2.5 is 3 and 2', () => {
    expect(roundDecimal('-2.5', 0, 'half-up')).to.equal('-3');
    expect(roundDecimal('-2.5', 0, 'half-even')).to.equal('-2');
    expect(roundDecimal('2.5', 0, 'half-up')).to.equal('3');
    expect(roundDecimal('2.5', 0, 'half-even')).to.equal('2');
    expect(roundDecimal('-3.5', 0, 'half-even')).to.equal('-4');
  });

  it('1.005 is 1.01 under half-up: the half a float cannot see (1.005 × 100 = 100.4999… as a double)', () => {
    expect(roundDecimal('1.005', 2, 'half-up')).to.equal('1.01');
    expect(roundDecimal('1.005', 2, 'half-even')).to.equal('1.00');
  });

  it('up is away from zero and down toward zero, for both signs', () => {
    expect(roundDecimal('-2.01', 0, 'up')).to.equal('-3');
    expect(roundDecimal('2.01', 0, 'up')).to.equal('3');
    expect(roundDecimal('-2.99', 0, 'down')).to.equal('-2');
    expect(roundDecimal('2.99', 0, 'down')).to.equal('2');
  });

  it('never writes a negative zero', () => {
    expect(roundDecimal('-0.004', 2, 'half-up')).to.equal('0.00');
    expect(roundDecimal('-0.4', 0, 'down')).to.equal('0');
    expect(formatMinor(0n, 3)).to.equal('0.000');
  });

  it('every mode is symmetric: round(−x) = −round(x)', () => {
    fc.assert(
      fc.property(
        fc.bigInt(),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.constantFrom(...ROUNDING_MODES),
        (n, d, mode) => {
          expect(roundDiv(-n, d, mode)).to.equal(-roundDiv(n, d, mode));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('decimal strings', () => {
  it('accepts only /^-?\\d+(\\.\\d+)?$/', () => {
    for (const bad of ['1e3', '+1', '1.', '.5', ' 1', '1,5', '', 'NaN', 'Infinity', '--1', '0x10'])
      expect(parseDecimal(bad), bad).to.equal(undefined);
    expect(parseDecimal(12.5)).to.equal(undefined);
    expect(parseDecimal('-0012.50')).to.deep.equal({ units: -1250n, scale: 2 });
  });

  it('formatMinor writes exactly the currency digits', () => {
    expect(formatMinor(81596n, 2)).to.equal('815.96');
    expect(formatMinor(1000n, 0)).to.equal('1000');
    expect(formatMinor(1250n, 3)).to.equal('1.250');
    expect(formatMinor(-100n, 2)).to.equal('-1.00');
    expect(formatMinor(-5n, 3)).to.equal('-0.005');
  });
});

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'ja-JP', 'ar-EG', 'hi-IN', 'en-IN', 'pt-BR', 'he-IL'];
const CURRENCIES = ['EUR', 'USD', 'JPY', 'KWD', 'CHF', 'INR', 'CLF'];

describe('display format', () => {
  it('uses the ISO digits whatever the locale would choose', () => {
    expect(formatMoney('1000', 'JPY', 'en-US')).to.equal('¥1,000');
    expect(formatMoney('1.250', 'KWD', 'en-US')).to.equal('KWD\u00a01.250');
    expect(formatMoney('1234.5', 'EUR', 'de-DE')).to.equal('1.234,50\u00a0€');
    expect(formatMoney('-1.00', 'USD', 'en-US')).to.equal('-$1.00');
  });

  it('parse(format(x)) = x for 10,000 amounts across locales and currencies', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...LOCALES),
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.constantFrom<'symbol' | 'code' | 'narrowSymbol'>('symbol', 'code', 'narrowSymbol'),
        (currency, locale, minor, currencyDisplay) => {
          const amount = formatMinor(minor, currencyDigits(currency)!);
          const shown = formatMoney(amount, currency, locale, { currencyDisplay });
          expect(parseMoney(shown, currency, locale, { currencyDisplay }), `${shown} (${locale})`).to.equal(amount);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('reads no digits as undefined and rejects a non-decimal amount', () => {
    expect(parseMoney('€', 'EUR', 'de-DE')).to.equal(undefined);
    expect(() => formatMoney('1e3', 'EUR', 'en-US')).to.throw(RangeError);
  });
});
