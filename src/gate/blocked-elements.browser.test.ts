import { expect } from '@esm-bundle/chai';
import { ScriptQueue, findBlockedElements, isAllowed, loadMedia, type BlockedElement } from './blocked-elements.js';

type Probe = Window & { __order?: string[] };
const probe = window as Probe;

function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** A script URL whose body records its name, optionally after a delay on the server side (data: URLs load at once). */
function recorder(name: string): string {
  return `data:text/javascript,(window.__order%3Dwindow.__order||[]).push('${name}')`;
}

function drain(queue: ScriptQueue): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if ((queue as unknown as { running: boolean }).running) setTimeout(check, 5);
      else resolve();
    };
    check();
  });
}

describe('findBlockedElements()', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((element) => element.remove()));

  it('reads categories from data-samtykke and Cookiebot markup', () => {
    const root = fixture(`
      <script type="text/plain" data-samtykke="statistical marketing"></script>
      <script type="text/plain" data-cookieconsent="statistics"></script>
      <iframe data-samtykke="marketing" data-src="about:blank" title="Video"></iframe>
      <img data-cookieconsent="marketing" data-src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">`);
    expect(findBlockedElements(root).map((blocked) => blocked.categories)).to.deep.equal([['statistical', 'marketing'], ['statistical'], ['marketing'], ['marketing']]);
  });

  it('ignores scripts that are not inert, unknown categories and Cookiebot "ignore"', () => {
    const root = fixture(`
      <script data-samtykke="statistical">window.__alreadyRan = true</script>
      <script type="text/plain" data-samtykke="statistics"></script>
      <script type="text/plain" data-cookieconsent="ignore"></script>`);
    expect(findBlockedElements(root)).to.have.length(0);
  });

  it('allows an element only when every one of its categories is granted', () => {
    const root = fixture('<script type="text/plain" data-samtykke="statistical marketing"></script>');
    const [blocked] = findBlockedElements(root);
    expect(isAllowed(blocked!, (category) => category === 'statistical')).to.equal(false);
    expect(isAllowed(blocked!, () => true)).to.equal(true);
  });
});

type Queued = BlockedElement & { element: HTMLScriptElement };

describe('ScriptQueue', () => {
  beforeEach(() => (probe.__order = []));
  afterEach(() => document.querySelectorAll('body > div').forEach((element) => element.remove()));

  it('runs inline and external scripts in document order, each external one finishing first', async () => {
    const root = fixture(`
      <script type="text/plain" data-samtykke="statistical" data-src="${recorder('one')}"></script>
      <script type="text/plain" data-samtykke="statistical">window.__order.push('two')</script>
      <script type="text/plain" data-samtykke="statistical" data-src="${recorder('three')}"></script>
      <script type="text/plain" data-samtykke="statistical">window.__order.push('four')</script>`);
    const queue = new ScriptQueue('', () => true, () => undefined);
    findBlockedElements(root).forEach((blocked) => queue.add(blocked as Queued));
    await drain(queue);
    expect(probe.__order).to.deep.equal(['one', 'two', 'three', 'four']);
  });

  it('runs a script at most once', async () => {
    const root = fixture('<script type="text/plain" data-samtykke="statistical">window.__order.push("once")</script>');
    const queue = new ScriptQueue('', () => true, () => undefined);
    const [blocked] = findBlockedElements(root);
    queue.add(blocked as Queued);
    queue.add(blocked as Queued);
    await drain(queue);
    expect(probe.__order).to.deep.equal(['once']);
    expect(findBlockedElements(root)).to.have.length(0);
  });

  it('keeps other attributes, restores data-type and drops the blocking ones', async () => {
    const root = fixture('<script type="text/plain" data-samtykke="marketing" data-type="module" id="pixel" data-vendor="meta" data-src="data:text/javascript,window.__order.push(\'module\')"></script>');
    const queue = new ScriptQueue('', () => true, () => undefined);
    findBlockedElements(root).forEach((blocked) => queue.add(blocked as Queued));
    const script = root.querySelector<HTMLScriptElement>('#pixel')!;
    expect(script.type).to.equal('module');
    expect(script.getAttribute('data-vendor')).to.equal('meta');
    expect(script.hasAttribute('data-samtykke')).to.equal(false);
    expect(script.hasAttribute('data-src')).to.equal(false);
    expect(script.src).to.match(/^data:text\/javascript/);
    // A module runs later, on its own: wait for it so it does not land in the next test's order.
    await new Promise<void>((resolve) => {
      const check = (): void => void (probe.__order!.includes('module') ? resolve() : setTimeout(check, 5));
      check();
    });
  });

  it("carries the blocked script's nonce, else the loader's", () => {
    const root = fixture(`
      <script type="text/plain" data-samtykke="statistical" nonce="own" id="a"></script>
      <script type="text/plain" data-samtykke="statistical" id="b"></script>`);
    const queue = new ScriptQueue('loader-nonce', () => true, () => undefined);
    findBlockedElements(root).forEach((blocked) => queue.add(blocked as Queued));
    expect(root.querySelector<HTMLScriptElement>('#a')!.nonce).to.equal('own');
    expect(root.querySelector<HTMLScriptElement>('#b')!.nonce).to.equal('loader-nonce');
  });

  it('drops a waiting script whose consent was revoked meanwhile, leaving it blocked for a later grant', async () => {
    const root = fixture(`
      <script type="text/plain" data-samtykke="statistical" data-src="${recorder('first')}"></script>
      <script type="text/plain" data-samtykke="marketing" id="late">window.__order.push('revoked')</script>
      <script type="text/plain" data-samtykke="statistical">window.__order.push('still granted')</script>`);
    let marketing = true;
    const queue = new ScriptQueue('', (blocked) => blocked.categories.every((category) => category !== 'marketing' || marketing), () => undefined);
    findBlockedElements(root).forEach((blocked) => queue.add(blocked as Queued));
    // The first script is downloading; the second waits its turn when marketing is revoked.
    marketing = false;
    await drain(queue);
    expect(probe.__order).to.deep.equal(['first', 'still granted']);
    const late = root.querySelector<HTMLScriptElement>('#late')!;
    expect(late.type).to.equal('text/plain');
    marketing = true;
    findBlockedElements(root).forEach((blocked) => queue.add(blocked as Queued));
    await drain(queue);
    expect(probe.__order).to.deep.equal(['first', 'still granted', 'revoked']);
  });

  it('calls onIdle once the queue is empty', async () => {
    const root = fixture('<script type="text/plain" data-samtykke="statistical">window.__order.push("x")</script>');
    let idle = 0;
    const queue = new ScriptQueue('', () => true, () => idle++);
    findBlockedElements(root).forEach((blocked) => queue.add(blocked as Queued));
    await drain(queue);
    expect(idle).to.equal(1);
  });
});

describe('loadMedia()', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((element) => element.remove()));

  it('sets src (and srcset) from the data attributes, once', () => {
    const root = fixture(`
      <iframe data-samtykke="marketing" data-src="about:blank#video" title="Video"></iframe>
      <img data-samtykke="marketing" data-src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-srcset="data:image/gif;base64,R0lGODlhAQABAAAAACw= 2x" alt="">
      <iframe data-cookieconsent="marketing" data-cookieblock-src="about:blank#cookiebot" title="Map"></iframe>`);
    const [iframe, image, cookiebot] = findBlockedElements(root).map((blocked) => blocked.element);
    [iframe, image, cookiebot].forEach((element) => loadMedia(element!));
    expect(iframe!.getAttribute('src')).to.equal('about:blank#video');
    expect(image!.getAttribute('srcset')).to.contain('2x');
    expect(cookiebot!.getAttribute('src')).to.equal('about:blank#cookiebot');
    iframe!.setAttribute('src', 'about:blank#changed');
    loadMedia(iframe!);
    expect(iframe!.getAttribute('src')).to.equal('about:blank#changed');
  });
});
