/** Building page elements from text, never from markup (the search and compare pages). */

/** An element with a class and children (text is set as text). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.append(...children);
  return created;
}

/** A link. */
export function link(href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.append(...children);
  return anchor;
}
