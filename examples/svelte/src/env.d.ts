// Types every tk-* element in Svelte markup: its properties, and the event of each `ontk-…` listener.
import type {} from 'tailorkit/svelte';
