// Ships the theme stylesheets as plain CSS files next to the modules (`tailorkit/themes/light.css`).
import { cpSync, existsSync } from 'node:fs';

if (existsSync('src/themes')) {
  cpSync('src/themes', 'dist/themes', { recursive: true, filter: (src) => !src.endsWith('.ts') });
}
