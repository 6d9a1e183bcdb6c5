/**
 * Entry of /presentasi/ deck pages: starts the presenter on the page's
 * `.deck-page`. The runtime itself is `initPresenter` in presenter-runtime.ts
 * (also used by pages that assemble a deck's markup at runtime).
 */
import { initPresenter } from './presenter-runtime.ts';

const root = document.querySelector<HTMLElement>('.deck-page');
if (root) initPresenter(root);
