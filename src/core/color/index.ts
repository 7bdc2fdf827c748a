export { parseColor, toHex, type Rgba } from './parse.js';
export {
  contrastRatio,
  relativeLuminance,
  readableTextColor,
  tintedTextColor,
  AA_TEXT,
  AA_LARGE_TEXT,
  AAA_TEXT,
  type ColorInput,
  type ReadableTextOptions,
} from './contrast.js';
