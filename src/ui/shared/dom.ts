/**
 * A few lines of DOM building for the elements that render without Lit (the banner: it is on the
 * first visit's critical path, where Lit's module and its first template render cost more than the
 * banner's whole markup). Text always goes in as text nodes, never as HTML.
 */

/** Attribute values; `false`, `null` and `undefined` leave the attribute out. */
export type Attributes = Record<string, string | boolean | null | undefined>;

export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Array<Node | string | null | false>
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}
