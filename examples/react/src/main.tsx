import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'tailorkit/define';
import 'tailorkit/react/jsx';
import 'tailorkit/themes/light.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App role="sales" />
  </StrictMode>,
);
