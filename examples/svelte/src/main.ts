import { mount } from 'svelte';
import 'tailorkit/define';
import 'tailorkit/themes/light.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')!, props: { role: 'sales' } });
