import { expect } from '@esm-bundle/chai';
import { hideFloatingButton, showFloatingButton } from './floating-button.js';

describe('floating button', () => {
  afterEach(() => hideFloatingButton());

  it('is a named button part in an open shadow root, at least 24×24 px', () => {
    const host = showFloatingButton('left', 'da', () => undefined);
    const button = host.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('part')).to.equal('button floating-button');
    expect(button.getAttribute('aria-label')).to.equal('Cookieindstillinger');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    expect(getComputedStyle(host).position).to.equal('fixed');
  });

  it('calls back with the button as opener on click, and exists once', () => {
    let opener: Element | null = null;
    const host = showFloatingButton('right', 'en', (element) => (opener = element));
    expect(showFloatingButton('right', 'en', () => undefined)).to.equal(host);
    expect(document.querySelectorAll('samtykke-floating-button')).to.have.length(1);
    host.shadowRoot!.querySelector('button')!.click();
    expect(opener).to.equal(host.shadowRoot!.querySelector('button'));
  });

  it('reads the theming custom properties', () => {
    const host = showFloatingButton('left', 'en', () => undefined);
    host.style.setProperty('--samtykke-button-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(host.shadowRoot!.querySelector('button')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
