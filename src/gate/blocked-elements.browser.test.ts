import { expect } from '@esm-bundle/chai';
import { createScriptQueue, findBlockedElements, isAllowed, loadMedia, type BlockedElement, type BlockedScript } from './blocked-elements.js';

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

/** A script queue that also counts its idle moments; `runAll` queues every blocked script under `root` and waits for the queue to empty. */
function testQueue(allowed: (blocked: BlockedElement) => boolean = () => true, nonce = '') {
  let onIdle = (): void => undefined;
  const queue = {
    idle: 0,
    add: createScriptQueue(nonce, allowed, () => {
      queue.idle++;
      onIdle();
    }),
    runAll(root: HTMLElement): Promise<void> {
      const drained = new Promise<void>((resolve) => (onIdle = resolve));
      findBlockedElements(root).forEach((blocked) => queue.add(blocked as BlockedScript));
      return drained;
    },
  };
  return queue;
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

  it('ignores scripts that are not inert, unknown categories, Cookiebot "ignore" and other elements', () => {
    const root = fixture(`
      <script data-samtykke="statistical">window.__alreadyRan = true</script>
      <script type="text/plain" data-samtykke="statistics"></script>
      <script type="text/plain" data-cookieconsent="ignore"></script>
      <div data-samtykke="marketing"></div>
      <svg><script type="text/plain" data-samtykke="marketing"></script></svg>`);
    expect(findBlockedElements(root)).to.have.length(0);
  });

  it('allows an element only when every one of its categories is granted', () => {
    const root = fixture('<script type="text/plain" data-samtykke="statistical marketing"></script>');
    const [blocked] = findBlockedElements(root);
    expect(isAllowed(blocked!, (category) => category === 'statistical')).to.equal(false);
    expect(isAllowed(blocked!, () => true)).to.equal(true);
  });
});

describe('createScriptQueue()', () => {
  beforeEach(() => (probe.__order = []));
  afterEach(() => document.querySelectorAll('body > div').forEach((element) => element.remove()));

  it('runs inline and external scripts in document order, each external one finishing first', async () => {
    const root = fixture(`
      <script type="text/plain" data-samtykke="statistical" data-src="${recorder('one')}"></script>
      <script type="text/plain" data-samtykke="statistical">window.__order.push('two')</script>
      <script type="text/plain" data-samtykke="statistical" data-src="${recorder('three')}"></script>
      <script type="text/plain" data-samtykke="statistical">window.__order.push('four')</script>`);
    await testQueue().runAll(root);
    expect(probe.__order).to.deep.equal(['one', 'two', 'three', 'four']);
  });

  it('runs a script at most once', async () => {
    const root = fixture('<script type="text/plain" data-samtykke="statistical">window.__order.push("once")</script>');
    const queue = testQueue();
    const [blocked] = findBlockedElements(root);
    queue.add(blocked as BlockedScript);
    queue.add(blocked as BlockedScript);
    expect(probe.__order).to.deep.equal(['once']);
    expect(queue.idle).to.equal(1);
    expect(findBlockedElements(root)).to.have.length(0);
  });

  it('keeps other attributes, restores data-type and drops the blocking ones', async () => {
    const root = fixture('<script type="text/plain" data-samtykke="marketing" data-type="module" id="pixel" data-vendor="meta" data-src="data:text/javascript,window.__order.push(\'module\')"></script>');
    void testQueue().runAll(root);
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
    void testQueue(() => true, 'loader-nonce').runAll(root);
    expect(root.querySelector<HTMLScriptElement>('#a')!.nonce).to.equal('own');
    expect(root.querySelector<HTMLScriptElement>('#b')!.nonce).to.equal('loader-nonce');
  });

  it('drops a waiting script whose consent was revoked meanwhile, leaving it blocked for a later grant', async () => {
    const root = fixture(`
      <script type="text/plain" data-samtykke="statistical" data-src="${recorder('first')}"></script>
      <script type="text/plain" data-samtykke="marketing" id="late">window.__order.push('revoked')</script>
      <script type="text/plain" data-samtykke="statistical">window.__order.push('still granted')</script>`);
    let marketing = true;
    const queue = testQueue((blocked) => blocked.categories.every((category) => category !== 'marketing' || marketing));
    const drained = queue.runAll(root);
    // The first script is downloading; the second waits its turn when marketing is revoked.
    marketing = false;
    await drained;
    expect(probe.__order).to.deep.equal(['first', 'still granted']);
    const late = root.querySelector<HTMLScriptElement>('#late')!;
    expect(late.type).to.equal('text/plain');
    marketing = true;
    await queue.runAll(root);
    expect(probe.__order).to.deep.equal(['first', 'still granted', 'revoked']);
  });

  it('calls onIdle once the queue is empty', async () => {
    const root = fixture('<script type="text/plain" data-samtykke="statistical">window.__order.push("x")</script>');
    const queue = testQueue();
    await queue.runAll(root);
    expect(queue.idle).to.equal(1);
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
