/**
 * Mounts the card in a CLOSED shadow root on a zero-size host element, so the page can
 * neither read nor restyle it, and positions it next to a range with @floating-ui/dom
 * (flips and shifts to stay in the viewport). The host is a manual popover shown while
 * the card is open, so it sits in the top layer above anything the page stacks (and
 * above a fullscreen element); its own styles are inline and !important, restored if
 * the page rewrites them, so no page rule can hide, fade or move it.
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import { Card, type CardData } from './Card';
import { CARD_CSS } from './styles';
import { SHEET_CSS, sheetZoom, useSheet } from './sheet';
import type { T } from '../i18n';
import { OWN_ELEMENTS } from './own-elements';

/** The card's host element's tag (a page may make elements with it too: see OWN_ELEMENTS). */
export const HOST_TAG = 'chushaku-card-host';

/** The host's own style: everything the page could set, reset and made important. */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0 auto auto 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'background: transparent',
  'opacity: 1',
  'visibility: visible',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important;`)
  .join(' ');

export interface CardHostEvents {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onClose: () => void;
}

export class CardHost {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLDivElement;
  private pinned = false;
  private data: CardData | undefined;
  private anchor: Range | undefined;
  /** the host's style as the browser serialises it, to notice a page's rewrite */
  private readonly styleText: string;

  constructor(
    private readonly doc: Document,
    private readonly t: T,
    private readonly events: CardHostEvents,
  ) {
    this.host = doc.createElement(HOST_TAG);
    OWN_ELEMENTS.add(this.host);
    // zero size and absolutely placed: adding it never shifts the page's layout
    this.host.style.cssText = HOST_STYLE;
    // in the top layer while open (a popover the page cannot light-dismiss)
    if ('popover' in this.host) this.host.popover = 'manual';
    // a page script that rewrites the host's attributes gets them back
    new MutationObserver(() => {
      if (this.host.style.cssText !== this.styleText) this.host.style.cssText = HOST_STYLE;
      if ('popover' in this.host && this.host.popover !== 'manual') this.host.popover = 'manual';
    }).observe(this.host, { attributes: true });
    this.styleText = this.host.style.cssText;
    this.root = this.host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS + SHEET_CSS);
    this.root.adoptedStyleSheets = [sheet];
    this.mount = doc.createElement('div');
    this.mount.style.cssText = 'position: fixed; top: 0; left: 0;';
    this.mount.hidden = true;
    this.mount.dataset.theme = 'system';
    this.mount.dataset.size = 'medium';
    this.root.append(this.mount);
    this.mount.addEventListener('pointerenter', () => this.events.onPointerEnter());
    // a finger "leaves" whatever it lifts from: only a hovering pointer leaves the card
    this.mount.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'touch') this.events.onPointerLeave();
    });
    doc.addEventListener('fullscreenchange', () => this.attach());
    // a phone turned sideways: sheet or floating card again
    doc.defaultView?.addEventListener('resize', this.onResize, { passive: true });
    doc.defaultView?.visualViewport?.addEventListener('resize', this.onResize, { passive: true });
  }

  /** (Re)attaches the host where it is visible: the fullscreen element, or the root. */
  attach(): void {
    const parent = this.doc.fullscreenElement ?? this.doc.documentElement;
    if (this.host.parentNode !== parent) parent.append(this.host);
    if (this.isOpen) this.raise();
  }

  /** Into the top layer, above what the page showed there before (shown again: last shown is on top). */
  private raise(): void {
    if (!('showPopover' in this.host) || !this.host.isConnected) return;
    try {
      if (this.host.matches(':popover-open')) this.host.hidePopover();
      this.host.showPopover();
    } catch {
      /* not a popover here: the z-index still holds */
    }
  }

  /** Theme (system follows prefers-color-scheme) and size of the card. */
  setAppearance(theme: 'system' | 'light' | 'dark', size: 'small' | 'medium' | 'large'): void {
    this.mount.dataset.theme = theme;
    this.mount.dataset.size = size;
  }

  get isOpen(): boolean {
    return !this.mount.hidden;
  }

  /** the card is a bottom sheet (small screen) rather than floating beside the mark */
  get isSheet(): boolean {
    return this.mount.dataset.layout === 'sheet';
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  open(data: CardData, anchor: Range, focus: boolean): void {
    this.attach();
    this.data = data;
    this.anchor = anchor;
    this.mount.hidden = false;
    this.raise();
    this.draw();
    void this.place();
    if (focus) this.root.querySelector<HTMLElement>('.card')?.focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.mount.hidden = true;
    this.pinned = false;
    if ('hidePopover' in this.host && this.host.matches(':popover-open')) this.host.hidePopover();
    render(null, this.mount);
    this.data = undefined;
    this.anchor = undefined;
  }

  private draw(): void {
    if (!this.data) return;
    render(
      <Card
        {...this.data}
        t={this.t}
        pinned={this.pinned}
        onPin={() => {
          this.pinned = !this.pinned;
          this.draw();
        }}
        onClose={() => this.events.onClose()}
      />,
      this.mount,
    );
  }

  async place(): Promise<void> {
    const range = this.anchor;
    if (!range) return;
    const win = this.doc.defaultView;
    if (win && useSheet(win)) {
      this.mount.dataset.layout = 'sheet';
      this.mount.style.maxHeight = '';
      this.mount.style.setProperty('--sheet-zoom', String(sheetZoom(win)));
      return;
    }
    this.mount.dataset.layout = 'float';
    const virtual: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    const { x, y } = await computePosition(virtual, this.mount, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            this.mount.style.maxHeight = `${Math.max(120, availableHeight)}px`;
          },
        }),
      ],
    });
    this.mount.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  private onResize = (): void => void this.place();

  dispose(): void {
    this.doc.defaultView?.removeEventListener('resize', this.onResize);
    this.doc.defaultView?.visualViewport?.removeEventListener('resize', this.onResize);
    this.close();
    this.host.remove();
  }
}
