import { checkAgainstOracle } from './properties.js';

checkAgainstOracle('half-even');
