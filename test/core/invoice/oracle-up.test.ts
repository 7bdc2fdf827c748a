import { checkAgainstOracle } from './properties.js';

checkAgainstOracle('up');
