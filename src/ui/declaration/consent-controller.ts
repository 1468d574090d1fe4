import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its element after every decision: listens for `samtykke:consent` on the document while
 * the element is connected, and for nothing once it is not.
 */
export class ConsentController implements ReactiveController {
  private readonly onConsent = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('samtykke:consent', this.onConsent);
  }

  hostDisconnected(): void {
    document.removeEventListener('samtykke:consent', this.onConsent);
  }
}
