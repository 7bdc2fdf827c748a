import { createApp } from 'vue';
import 'tailorkit/define';
import 'tailorkit/themes/light.css';
import App from './App.vue';

createApp(App, { role: 'sales' }).mount('#app');
