// Types every tk-* element in Vue templates (props, and $event of each tk-* event).
import type {} from 'tailorkit/vue';
