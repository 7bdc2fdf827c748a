export { currencyDigits, currencyCodes } from './currencies.js';
export {
  DECIMAL_PATTERN,
  ROUNDING_MODES,
  parseDecimal,
  roundDiv,
  toMinor,
  formatMinor,
  roundDecimal,
  type Decimal,
  type RoundingMode,
} from './decimal.js';
export { formatMoney, formatDecimal, parseMoney, type MoneyFormatOptions } from './format.js';
