// Types every tk-* element in templates: its props, and `$event` of each tk-* event.
import type {} from 'tailorkit/vue';
