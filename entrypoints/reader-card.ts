/**
 * The content script's third bundle: the card (components/card/host.tsx), loaded by the
 * marks (entrypoints/reader/load-card.ts) once a page's first marks are up. It runs in
 * the content script's world and leaves the factory there.
 */
import { CardHost } from '../components/card/host';
import { provideCard } from './reader/load-card';

export default defineUnlistedScript(() => {
  provideCard((doc, t, events) => new CardHost(doc, t, events));
});
