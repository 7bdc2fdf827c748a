import { checkAgainstOracle } from './properties.js';

checkAgainstOracle('down');
