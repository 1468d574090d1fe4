/** Registers a custom element unless a copy of the dashboard already did (two copies on a page must not throw). */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
