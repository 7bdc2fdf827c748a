import { checkAgainstOracle } from './properties.js';

checkAgainstOracle('half-up');
