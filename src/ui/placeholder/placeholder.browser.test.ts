import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import en from '../../../locales/en.json';
import type { Theme } from '../../core/config.js';
import { axeViolations, cleanUp, expectNode, expectVisibleFocus, mountUi, nextFrame, part, parts, preferences } from '../test-helpers.js';
import type { UiController } from '../ui-host.js';
import { embedSize } from './placeholder.js';
import { providerName } from './provider-name.js';

let ui: UiController | undefined;

function addIframe(attributes: string): HTMLIFrameElement {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = `<p>Before</p><iframe data-samtykke="marketing" ${attributes}></iframe><p>After</p>`;
  document.body.append(wrapper);
  return wrapper.querySelector('iframe')!;
}

async function placeholderFor(iframe: HTMLIFrameElement, categories: Array<'marketing' | 'statistical' | 'personalised'> = ['marketing'], theme: Theme = 'light') {
  const mounted = await mountUi({ config: { theme } });
  ui = mounted.ui;
  await mounted.ui.placeholders([{ element: iframe, categories }]);
  const element = iframe.previousElementSibling as HTMLElementTagNameMap['samtykke-placeholder'];
  await element.updateComplete;
  return { ...mounted, element };
}

describe('<samtykke-placeholder>', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 720 });
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  });

  afterEach(() => {
    cleanUp(ui);
    ui = undefined;
    document.body.replaceChildren();
  });

  it('takes the place of the iframe, which is hidden', async () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video" width="560" height="315"');
    const { element } = await placeholderFor(iframe);
    expect(element.localName).to.equal('samtykke-placeholder');
    expectNode(element.nextElementSibling, iframe);
    expect(iframe.hidden).to.equal(true);
    expect(part(element, 'placeholder')).to.exist;
  });

  it('inserts one placeholder per iframe however often it is asked', async () => {
    const iframe = addIframe('data-src="https://player.vimeo.com/video/1" title="Film"');
    const { ui: controller } = await placeholderFor(iframe);
    await controller.placeholders([{ element: iframe, categories: ['marketing'] }]);
    await controller.placeholders([{ element: iframe, categories: ['marketing'] }]);
    expect(document.querySelectorAll('samtykke-placeholder')).to.have.length(1);
  });

  it('takes the iframe\'s rendered size, so nothing moves', async () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video" width="560" height="315"');
    const after = iframe.nextElementSibling!;
    const [before, top] = [iframe.getBoundingClientRect(), after.getBoundingClientRect().top];
    const { element } = await placeholderFor(iframe);
    const box = element.getBoundingClientRect();
    expect(box.width).to.be.closeTo(before.width, 0.5);
    expect(box.height).to.be.closeTo(before.height, 0.5);
    expect(after.getBoundingClientRect().top).to.be.closeTo(top, 1);
  });

  it('follows the page\'s CSS for the iframe', async () => {
    const iframe = addIframe('data-src="https://maps.example.org/embed" title="Map"');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('iframe { width: 400px; height: 250px; border: 0; }');
    document.adoptedStyleSheets = [sheet];
    try {
      expect(embedSize(iframe)).to.deep.equal({ width: '400px', height: '250px' });
      const { element } = await placeholderFor(iframe);
      expect(element.getBoundingClientRect().width).to.equal(400);
    } finally {
      document.adoptedStyleSheets = [];
    }
  });

  it('falls back to the width and height attributes when the iframe is not laid out', () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315"');
    iframe.parentElement!.hidden = true;
    expect(embedSize(iframe)).to.deep.equal({ width: '560px', height: '315px' });
    iframe.removeAttribute('height');
    iframe.setAttribute('width', '100%');
    expect(embedSize(iframe)).to.deep.equal({ width: '100%', height: '150px' });
  });

  it('never grows wider than its container', async () => {
    await setViewport({ width: 320, height: 640 });
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video" width="560" height="315"');
    const { element } = await placeholderFor(iframe);
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('names the provider and the categories', async () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video"');
    const { element } = await placeholderFor(iframe, ['marketing', 'statistical']);
    const text = part(element, 'placeholder').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(en.placeholder.title);
    expect(text).to.contain(en.placeholder.message.replace('{{provider}}', 'YouTube').replace('{{categories}}', 'Marketing and Statistics'));
    expect(part(element, 'allow').textContent!.trim()).to.equal('Allow Marketing and Statistics');
  });

  it('names the provider the site gives in data-samtykke-provider, over the host name', async () => {
    const iframe = addIframe('data-src="/proxy/embed/abc" data-samtykke-provider=" Vimeo " title="Video"');
    const { element } = await placeholderFor(iframe, ['marketing']);
    const text = part(element, 'placeholder').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(en.placeholder.message.replace('{{provider}}', 'Vimeo').replace('{{categories}}', 'Marketing'));
  });

  it('shows the embed once without storing anything', async () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video"');
    const { element, test } = await placeholderFor(iframe);
    part(element, 'show-once').click();
    expect(test.calls.showOnce).to.deep.equal([iframe]);
    expect(test.calls.decide).to.deep.equal([]);
    expect(test.calls.allow).to.deep.equal([]);
  });

  it('allows the embed\'s categories', async () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video"');
    const { element, test } = await placeholderFor(iframe, ['marketing']);
    part(element, 'allow').click();
    expect(test.calls.allow).to.deep.equal([['marketing']]);
  });

  it('opens the cookie settings', async () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video"');
    const { element } = await placeholderFor(iframe);
    part(element, 'preferences').click();
    await nextFrame();
    await preferences().updateComplete;
    expect(part<HTMLDialogElement>(preferences(), 'dialog').open).to.equal(true);
  });

  it('goes away and shows the iframe again when removed', async () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video"');
    const { ui: controller } = await placeholderFor(iframe);
    controller.removePlaceholder(iframe);
    controller.removePlaceholder(iframe);
    expectNode(document.querySelector('samtykke-placeholder'), null);
    expect(iframe.hidden).to.equal(false);
  });

  it('makes every button at least 24×24 px', async () => {
    const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video" width="560" height="315"');
    const { element } = await placeholderFor(iframe);
    for (const button of parts(element, 'button')) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows a visible focus indicator of 2 px or more at 3:1 on every button and link (${theme})`, async () => {
      const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video" width="560" height="315"');
      const { element } = await placeholderFor(iframe, ['marketing'], theme);
      const controls = [...element.shadowRoot!.querySelectorAll<HTMLElement>('a, button')];
      expect(controls).to.have.length(3);
      for (const control of controls) await expectVisibleFocus(control);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 AA violations (${theme})`, async () => {
      const iframe = addIframe('data-src="https://www.youtube-nocookie.com/embed/abc" title="Video" width="560" height="315"');
      const { element } = await placeholderFor(iframe, ['marketing'], theme);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }
});

describe('providerName()', () => {
  const cases: Array<[src: string | null, expected: string | null]> = [
    ['https://www.youtube-nocookie.com/embed/ID', 'YouTube'],
    ['https://www.youtube.com/embed/ID', 'YouTube'],
    ['https://youtu.be/ID', 'YouTube'],
    ['https://player.vimeo.com/video/1', 'Vimeo'],
    ['https://www.google.com/maps/embed?pb=1', 'Google Maps'],
    ['https://maps.google.dk/maps?q=x', 'Google Maps'],
    ['https://www.google.com/search?q=x', 'google.com'],
    ['https://open.spotify.com/embed/track/1', 'open.spotify.com'],
    ['/local/embed', location.hostname],
    ['javascript:alert(1)', null],
    [null, null],
  ];
  for (const [src, expected] of cases) {
    it(`names ${src} ${JSON.stringify(expected)}`, () => {
      expect(providerName(src, location.href)).to.equal(expected);
    });
  }
});
