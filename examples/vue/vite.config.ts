import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // tk-* tags are custom elements, not Vue components: Vue renders them as they are.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tk-') } } })],
});
